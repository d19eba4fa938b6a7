using PartySchoolNet.Testing.Platform;

namespace PartySchoolNet.Platform.Tests.Faults;

/// <summary>
/// A platform of its own for fault injection: its own PostgreSQL (durable settings: fsync on, as in production) and its own
/// RabbitMQ, so crashing them touches no other test. <c>PSN_FAULT_SCALE=full</c> runs the scenarios at full size.
/// </summary>
public sealed class FaultyPlatformFixture() : RunningPlatform("psn_faults", new PlatformPorts(Postgres: 5436, RabbitMq: 5676, GatewayHttp: 6380, GatewayGrpc: 6381),
    durablePostgres: true)
{
    public static bool FullSize => Environment.GetEnvironmentVariable("PSN_FAULT_SCALE") == "full";

    /// <summary>A scenario's size: what CI runs, or the full size with <c>PSN_FAULT_SCALE=full</c>.</summary>
    public static int Size(int ci, int full) => FullSize ? full : ci;

    /// <summary>How long an approved 送教 request waits for an unreachable partner here (production: ten minutes).</summary>
    public static readonly TimeSpan OutreachPatience = TimeSpan.FromSeconds(90);

    public Signals Signals => new(DataDirectory);

    protected override IReadOnlyDictionary<string, string> ServiceSettings() => new Dictionary<string, string>(base.ServiceSettings())
    {
        ["Outreach__Patience"] = OutreachPatience.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
    };
}

[CollectionDefinition(Name)]
public sealed class FaultTests : ICollectionFixture<FaultyPlatformFixture>
{
    public const string Name = "faults";
}
