using Microsoft.Extensions.DependencyInjection;
using PartySchoolNet.AppHost.Infrastructure;
using PartySchoolNet.ServiceDefaults;

namespace PartySchoolNet.AppHost.Services;

public static class ServiceExtensions
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>
    /// A service with a JSON endpoint (<c>http</c>, HTTP/1.1) and a gRPC endpoint (<c>grpc</c>, h2c), both on loopback ports of
    /// DCP's choosing unless given; its traces, metrics and logs go to the dashboard; healthy when its <c>/health</c> is. Each knows
    /// the platform's public address: Identity issues tokens under it, the others accept them.
    /// </summary>
    public static IResourceBuilder<ServiceResource> AddService<TProject>(this IDistributedApplicationBuilder builder, string name,
        PlatformSettings settings, int? httpPort = null, int? grpcPort = null) where TProject : IProjectMetadata, new()
    {
        var binary = settings.Binary(new TProject().ProjectPath);
        if (!File.Exists(binary))
        {
            var remedy = settings.ReadyToRun ? "publish it ReadyToRun as tests/bench.sh does" : "run `dotnet build PartySchoolNet.sln` first";
            throw new DistributedApplicationException($"{name} is not built ({binary} is missing): {remedy}.");
        }
        var service = builder.AddResource(new ServiceResource(name, Path.GetDirectoryName(binary)!))
            .WithArgs(binary)
            .WithHttpEndpoint(name: "http", port: httpPort, targetPort: httpPort, isProxied: false)
            .WithEndpoint(name: "grpc", scheme: "http", port: grpcPort, targetPort: grpcPort, isProxied: false)
            .WithOtlpExporter()
            .WithEnvironment(WithoutDashboardNoTelemetry)
            .WithEnvironment("OTEL_SERVICE_NAME", name)
            .WithEnvironment("Platform__PublicUrl", settings.PublicUrl);
        var http = service.GetEndpoint("http");
        return service
            .WithPatientHealthCheck(async ct => (await Probe.GetAsync(new Uri(http.Url + "/health"), ct)).EnsureSuccessStatusCode().Dispose())
            .WithEnvironment("Kestrel__Endpoints__http__Url", service.GetEndpoint("http"))
            .WithEnvironment("Kestrel__Endpoints__grpc__Url", service.GetEndpoint("grpc"));
    }

    /// <summary>
    /// Without a dashboard (the tests, the benchmarks) Aspire still points the exporter at the dashboard's default port, where
    /// nothing listens: every service would instrument every request and retry exports forever. No endpoint, no telemetry.
    /// </summary>
    private static void WithoutDashboardNoTelemetry(EnvironmentCallbackContext context)
    {
        if (context.ExecutionContext.Services.GetRequiredService<DistributedApplicationOptions>().DisableDashboard)
        {
            context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        }
    }

    /// <summary>The service's own database (<c>ConnectionStrings__{name}db</c>, hyphens dropped); it starts once PostgreSQL answers.</summary>
    public static IResourceBuilder<ServiceResource> WithDatabase(this IResourceBuilder<ServiceResource> service,
        IResourceBuilder<PostgresServerResource> postgres) =>
        service.WithReference(postgres.AddDatabase(PlatformService.DatabaseOf(service.Resource.Name)))
            .WaitFor(postgres);

    /// <summary>
    /// The broker (<c>ConnectionStrings__messaging</c>); the service starts once RabbitMQ answers. Starting beside it was tried:
    /// on two cores five booting services starve the broker's own boot, and the whole start took 20 s longer.
    /// </summary>
    public static IResourceBuilder<ServiceResource> WithMessaging(this IResourceBuilder<ServiceResource> service,
        IResourceBuilder<RabbitMqServerResource> messaging) =>
        service.WithReference(messaging).WaitFor(messaging);

    /// <summary>Settings for every service and the gateway, as environment variables that win over the AppHost's own.</summary>
    public static void SetForEveryService(this IDistributedApplicationBuilder builder, IReadOnlyDictionary<string, string> settings)
    {
        foreach (var service in builder.Resources.OfType<ServiceResource>())
        {
            var resource = builder.CreateResourceBuilder(service);
            foreach (var (key, value) in settings)
            {
                resource.WithEnvironment(key, value);
            }
        }
    }

    public static IResourceBuilder<ServiceResource> WithSwitch(this IResourceBuilder<ServiceResource> service, string name, bool on) =>
        service.WithEnvironment(name, on ? "true" : "false");
}
