using PartySchoolNet.AppHost;
using PartySchoolNet.Testing;

namespace PartySchoolNet.Platform.Tests.Faults;

/// <summary>
/// A platform of its own for fault injection: its own PostgreSQL (durable settings: fsync on, as in production) and its own
/// RabbitMQ, so crashing them touches no other test. <c>PSN_FAULT_SCALE=full</c> runs the scenarios at full size.
/// </summary>
public sealed class FaultyPlatformFixture() : RunningPlatform(new PlatformLayout(
    DataDirectory: Path.Combine(Path.GetTempPath(), TestInfrastructure.UniqueName("psn_faults")),
    PostgresPort: 5436, RabbitMqPort: 5676, ServiceBasePort: 6300, GatewayHttpPort: 6380, GatewayGrpcPort: 6381)
{
    Overrides = TestOverrides(),
}, ownsPostgres: true)
{
    public static bool FullSize => Environment.GetEnvironmentVariable("PSN_FAULT_SCALE") == "full";

    /// <summary>A scenario's size: what CI runs, or the full size with <c>PSN_FAULT_SCALE=full</c>.</summary>
    public static int Size(int ci, int full) => FullSize ? full : ci;

    public Signals Signals => new(Layout.DataDirectory);
}

[CollectionDefinition(Name)]
public sealed class FaultTests : ICollectionFixture<FaultyPlatformFixture>
{
    public const string Name = "faults";
}
