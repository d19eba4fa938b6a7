using PartySchoolNet.AppHost;
using PartySchoolNet.Testing;

namespace PartySchoolNet.Platform.Tests;

/// <summary>The platform the scenario tests share: on the test run's PostgreSQL (fresh databases) and a RabbitMQ node of its own.</summary>
public sealed class PlatformFixture() : RunningPlatform(new PlatformLayout(
    DataDirectory: Path.Combine(Path.GetTempPath(), TestInfrastructure.UniqueName("psn_platform")),
    PostgresPort: TestInfrastructure.PostgresPort, RabbitMqPort: 5675, ServiceBasePort: 6100, GatewayHttpPort: 6180, GatewayGrpcPort: 6181)
{
    DatabasePrefix = TestInfrastructure.UniqueName("pt") + "_",
    Overrides = TestOverrides(),
}, ownsPostgres: false);

[CollectionDefinition(Name)]
public sealed class PlatformTests : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
