namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>The <c>Outreach</c> configuration section: how the 送教下基层 process reaches its partners and how patient it is.</summary>
public sealed class OutreachOptions
{
    /// <summary>The client id Identity knows this service by (<c>Identity:ServiceClients</c>), and its secret.</summary>
    public string ServiceClientId { get; set; } = "enrollment";

    public string ServiceClientSecret { get; set; } = "";

    /// <summary>Deadline of one call to FacultyPool or SiteResources; gRPC retries an unavailable partner within it twice.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an approved request waits for an unreachable partner before it goes back to the dispatcher.</summary>
    public TimeSpan Patience { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Delay before a step that met an unreachable partner is tried again.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a request waiting for a lending decision asks FacultyPool about it.</summary>
    public TimeSpan LendingPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A process holds a request this long per step; a process that died lets go when it runs out.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the sweeper looks for due or abandoned requests.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(2);
}
