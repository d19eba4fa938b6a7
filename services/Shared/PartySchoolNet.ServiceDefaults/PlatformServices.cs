namespace PartySchoolNet.ServiceDefaults;

/// <summary>
/// One service of the platform: its name (the AppHost's resource, the gateway's route segment, service discovery's host,
/// the prefix of its queues) and the proto package of its gRPC API.
/// </summary>
public sealed record PlatformService(string Name, string ProtoPackage)
{
    /// <summary><c>faculty-pool</c> → <c>PartySchoolNet.FacultyPool</c>: the service's project and assembly (its contracts add <c>.Contracts</c>).</summary>
    public string Project => "PartySchoolNet." + string.Concat(Name.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    /// <summary>The service's own database, and the name of its connection string.</summary>
    public string Database => DatabaseOf(Name);

    /// <summary><c>faculty-pool</c> → <c>facultypooldb</c>: the one rule, for a service known only by its name.</summary>
    public static string DatabaseOf(string serviceName) => serviceName.Replace("-", "", StringComparison.Ordinal) + "db";
}

/// <summary>The platform's services, the one list the AppHost, the gateway, the tests and the benchmarks read.</summary>
public static class PlatformServices
{
    public static readonly PlatformService Identity = new("identity", "partyschoolnet.identity.v1");
    public static readonly PlatformService Enrollment = new("enrollment", "partyschoolnet.enrollment.v1");
    public static readonly PlatformService FacultyPool = new("faculty-pool", "partyschoolnet.facultypool.v1");
    public static readonly PlatformService SiteResources = new("site-resources", "partyschoolnet.siteresources.v1");
    public static readonly PlatformService QualityEvaluation = new("quality-evaluation", "partyschoolnet.qualityevaluation.v1");
    public static readonly PlatformService Reporting = new("reporting", "partyschoolnet.reporting.v1");

    public static readonly IReadOnlyList<PlatformService> All = [Identity, Enrollment, FacultyPool, SiteResources, QualityEvaluation, Reporting];

    /// <summary>Every service but Identity: each consumes Identity's school tree, so Identity starts after them (see the AppHost).</summary>
    public static readonly IReadOnlyList<PlatformService> Consumers = [.. All.Where(s => s != Identity)];

    public static IReadOnlyList<string> Names => [.. All.Select(s => s.Name)];
}
