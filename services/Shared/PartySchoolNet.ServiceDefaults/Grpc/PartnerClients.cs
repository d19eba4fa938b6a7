using Dapr.Client;
using Grpc.Core;
using Grpc.Net.Client.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PartySchoolNet.ServiceDefaults.Grpc;

/// <summary>
/// Typed gRPC clients of another PartySchoolNet service, for a flow that spans services. The address comes from service
/// discovery (<c>http://_grpc.{service}</c> reads <c>services:{service}:grpc:0</c>); gRPC retries only a call the service
/// never received (<c>Unavailable</c>), since any other status is its answer; and the HTTP resilience every other client
/// gets is taken off, as it would retry and time out beneath the call's own deadline. Where a Dapr sidecar runs
/// (<c>Dapr:Enabled</c>, as in deploy/k8s) the client invokes through it instead, by app id.
/// </summary>
public static class PartnerClients
{
    private static readonly ServiceConfig RetryUnavailable = new()
    {
        MethodConfigs =
        {
            new MethodConfig
            {
                Names = { MethodName.Default },
                RetryPolicy = new RetryPolicy
                {
                    MaxAttempts = 3, InitialBackoff = TimeSpan.FromMilliseconds(200), MaxBackoff = TimeSpan.FromSeconds(1), BackoffMultiplier = 2,
                    RetryableStatusCodes = { StatusCode.Unavailable },
                },
            },
        },
    };

    public static IServiceCollection AddPartnerClient<TClient>(this IServiceCollection services, IConfiguration configuration, string service)
        where TClient : ClientBase<TClient>
    {
        if (configuration.GetValue<bool>("Dapr:Enabled"))
        {
            var invoker = DaprClient.CreateInvocationInvoker(service, configuration["Dapr:GrpcEndpoint"]);
            return services.AddSingleton(_ => (TClient)Activator.CreateInstance(typeof(TClient), invoker)!);
        }
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the documented way to opt a client out.
        services.AddGrpcClient<TClient>(o => o.Address = new Uri($"http://_grpc.{service}"))
            .ConfigureChannel(c => c.ServiceConfig = RetryUnavailable).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        return services;
    }
}
