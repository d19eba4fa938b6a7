using System.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Grpc.Reflection;
using PartySchoolNet.ServiceDefaults;

namespace PartySchoolNet.Gateway;

/// <summary>
/// gRPC server reflection (v1 and v1alpha) for the whole platform on the gateway's gRPC port: an integrator's grpcurl,
/// buf curl or Postman finds every service's API at the one address it calls, behind the same token check as the calls
/// (the fallback policy). The gateway answers from the contracts it is built with; the services' own reflection stays on
/// their internal ports.
/// </summary>
internal static class GatewayReflection
{
    /// <summary>Every gRPC service of each platform service's package, read from its contracts assembly (the gateway references them all).</summary>
    public static IReadOnlyList<ServiceDescriptor> PlatformApi() =>
    [
        .. PlatformServices.All.SelectMany(service => Assembly.Load(service.Project + ".Contracts").GetTypes()
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<ServiceDescriptor>()
            .Where(s => s.File.Package == service.ProtoPackage))
            .OrderBy(s => s.FullName, StringComparer.Ordinal),
    ];

    public static WebApplicationBuilder AddGatewayReflection(this WebApplicationBuilder builder)
    {
        var api = PlatformApi();
        // Every other gRPC call is the proxy's to route: the gateway's own gRPC answers no unknown service with UNIMPLEMENTED.
        builder.Services.AddGrpc(o => o.IgnoreUnknownServices = true);
        builder.Services.AddSingleton(new ReflectionV1ServiceImpl(api));
        builder.Services.AddSingleton(new ReflectionServiceImpl(api));
        return builder;
    }

    public static WebApplication MapGatewayReflection(this WebApplication app)
    {
        app.MapGrpcService<ReflectionV1ServiceImpl>();
        app.MapGrpcService<ReflectionServiceImpl>();
        return app;
    }
}
