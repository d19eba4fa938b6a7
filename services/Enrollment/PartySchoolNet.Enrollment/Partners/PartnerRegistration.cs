using Dapr.Client;
using Grpc.Net.Client.Configuration;
using PartySchoolNet.Enrollment.Outreach;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.Enrollment.Partners;

internal static class PartnerRegistration
{
    /// <summary>gRPC retries only what a partner did not receive or could not take yet; every other status is an answer.</summary>
    private static readonly ServiceConfig Retries = new()
    {
        MethodConfigs =
        {
            new MethodConfig
            {
                Names = { MethodName.Default },
                RetryPolicy = new RetryPolicy
                {
                    MaxAttempts = 3, InitialBackoff = TimeSpan.FromMilliseconds(200), MaxBackoff = TimeSpan.FromSeconds(1), BackoffMultiplier = 2,
                    RetryableStatusCodes = { global::Grpc.Core.StatusCode.Unavailable },
                },
            },
        },
    };

    /// <summary>
    /// Typed gRPC clients of FacultyPool and SiteResources at the addresses service discovery configures
    /// (<c>services:faculty-pool:grpc:0</c> …), or through the Dapr sidecar when <c>Dapr:Enabled</c> (as in deploy/k8s).
    /// </summary>
    public static WebApplicationBuilder AddOutreachPartners(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.Services.Configure<OutreachOptions>(config.GetSection("Outreach"));
        builder.Services.AddHttpClient(ServiceTokens.Identity, http => http.BaseAddress = IdentityAddress(config));
        builder.Services.AddSingleton<ServiceTokens>();
        builder.Services.AddScoped<PartnerCalls>();
        if (config.GetValue<bool>("Dapr:Enabled"))
        {
            builder.Services.AddSingleton(_ => new FacultyPoolService.FacultyPoolServiceClient(DaprClient.CreateInvocationInvoker("faculty-pool", config["Dapr:GrpcEndpoint"])));
            builder.Services.AddSingleton(_ => new SiteResourcesService.SiteResourcesServiceClient(DaprClient.CreateInvocationInvoker("site-resources", config["Dapr:GrpcEndpoint"])));
            return builder;
        }
        // The HTTP resilience every HttpClient gets would retry and time out gRPC calls beneath their own deadline and retry policy.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the documented way to opt a client out.
        builder.Services.AddGrpcClient<FacultyPoolService.FacultyPoolServiceClient>(o => o.Address = GrpcAddress(config, "faculty-pool"))
            .ConfigureChannel(c => c.ServiceConfig = Retries).RemoveAllResilienceHandlers();
        builder.Services.AddGrpcClient<SiteResourcesService.SiteResourcesServiceClient>(o => o.Address = GrpcAddress(config, "site-resources"))
            .ConfigureChannel(c => c.ServiceConfig = Retries).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        return builder;
    }

    private static Uri GrpcAddress(ConfigurationManager config, string service) =>
        new(config[$"services:{service}:grpc:0"] ?? throw new InvalidOperationException($"Set services:{service}:grpc:0 to the {service} service's gRPC address."));

    private static Uri IdentityAddress(ConfigurationManager config)
    {
        var authority = config["Identity:Authority"] ?? config["services:identity:http:0"]
            ?? throw new InvalidOperationException("Set Identity:Authority or services:identity:http:0 to the Identity service's URL.");
        return new Uri(authority.EndsWith('/') ? authority : authority + "/");
    }
}
