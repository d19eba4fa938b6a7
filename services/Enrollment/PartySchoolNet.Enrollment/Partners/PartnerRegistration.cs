using PartySchoolNet.ServiceDefaults.Grpc;
using PartySchoolNet.Enrollment.Outreach;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.ServiceDefaults;

namespace PartySchoolNet.Enrollment.Partners;

internal static class PartnerRegistration
{
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
        builder.Services.AddPartnerClient<FacultyPoolService.FacultyPoolServiceClient>(config, PlatformServices.FacultyPool.Name);
        builder.Services.AddPartnerClient<SiteResourcesService.SiteResourcesServiceClient>(config, PlatformServices.SiteResources.Name);
        return builder;
    }

    private static Uri IdentityAddress(ConfigurationManager config)
    {
        var authority = config["Identity:Authority"] ?? config["services:identity:http:0"]
            ?? throw new InvalidOperationException("Set Identity:Authority or services:identity:http:0 to the Identity service's URL.");
        return new Uri(authority.EndsWith('/') ? authority : authority + "/");
    }
}
