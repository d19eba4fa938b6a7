namespace PartySchoolNet.AppHost;

/// <summary>A service as the apphost starts it: its Aspire resource name, its project, its ports.</summary>
public sealed record ServiceResource(string Name, string Project, int HttpPort, int GrpcPort)
{
    public string HttpUrl => $"http://127.0.0.1:{HttpPort}";
    public string GrpcUrl => $"http://127.0.0.1:{GrpcPort}";
    public string Database => Name.Replace("-", "", StringComparison.Ordinal) + "db";
}

/// <summary>Where everything listens and lives for one run of the platform. Resource names follow Aspire's conventions.</summary>
public sealed record PlatformLayout(string DataDirectory, int PostgresPort, int RabbitMqPort, int ServiceBasePort, int GatewayHttpPort, int GatewayGrpcPort)
{
    /// <summary>The platform as <c>dotnet run --project apphost/PartySchoolNet.AppHost</c> starts it.</summary>
    public static PlatformLayout Default(string repositoryRoot) =>
        new(Path.Combine(repositoryRoot, ".data"), 5433, 5673, 5100, 8080, 8081);

    public string DatabasePrefix { get; init; } = "";
    /// <summary>The 阜阳 demo network in Identity and, following its events, the demo site catalogue.</summary>
    public bool SeedDemoNetwork { get; init; } = true;

    /// <summary>Extra settings for every process (e.g. <c>Gateway__RateLimit__PermitLimit</c>); they win over the defaults.</summary>
    public IReadOnlyDictionary<string, string> Overrides { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<ServiceResource> Services { get; } =
    [
        .. new[]
        {
            ("identity", "PartySchoolNet.Identity"),
            ("enrollment", "PartySchoolNet.Enrollment"),
            ("faculty-pool", "PartySchoolNet.FacultyPool"),
            ("site-resources", "PartySchoolNet.SiteResources"),
            ("quality-evaluation", "PartySchoolNet.QualityEvaluation"),
            ("reporting", "PartySchoolNet.Reporting"),
        }.Select((s, i) => new ServiceResource(s.Item1, s.Item2, ServiceBasePort + (10 * i) + 1, ServiceBasePort + (10 * i) + 2)),
    ];

    public ServiceResource Gateway => new("gateway", "PartySchoolNet.Gateway", GatewayHttpPort, GatewayGrpcPort);

    public ServiceResource Identity => Services[0];

    public string RabbitMqUri => $"amqp://guest:guest@127.0.0.1:{RabbitMqPort}/";

    public string ConnectionString(ServiceResource service) =>
        $"Host=127.0.0.1;Port={PostgresPort};Username=postgres;Database={DatabasePrefix}{service.Database}";

    /// <summary>The configuration a process gets, as environment variables, the way an Aspire AppHost would hand it over.</summary>
    public Dictionary<string, string> Environment(ServiceResource service)
    {
        var env = new Dictionary<string, string>
        {
            ["OTEL_SERVICE_NAME"] = service.Name,
            ["Kestrel__Endpoints__http__Url"] = service.HttpUrl,
            ["Kestrel__Endpoints__grpc__Url"] = service.GrpcUrl,
            ["ConnectionStrings__messaging"] = RabbitMqUri,
            [$"ConnectionStrings__{service.Database}"] = ConnectionString(service),
        };
        foreach (var other in Services)
        {
            env[$"services__{other.Name}__http__0"] = other.HttpUrl;
            env[$"services__{other.Name}__grpc__0"] = other.GrpcUrl;
        }
        if (service == Identity)
        {
            env["Identity__Issuer"] = Identity.HttpUrl + "/";
            env["Identity__KeyDirectory"] = Path.Combine(DataDirectory, "identity-keys");
            env["Identity__SeedDemoNetwork"] = SeedDemoNetwork ? "true" : "false";
        }
        if (service.Name == "site-resources")
        {
            env["SiteResources__SeedDemoCatalogue"] = SeedDemoNetwork ? "true" : "false";
        }
        if (service.Name == "faculty-pool")
        {
            env["FacultyPool__SeedDemoPool"] = SeedDemoNetwork ? "true" : "false";
        }
        if (service.Name == "enrollment")
        {
            env["Enrollment__SeedDemoData"] = SeedDemoNetwork ? "true" : "false";
        }
        foreach (var (key, value) in Overrides)
        {
            env[key] = value;
        }
        return env;
    }
}
