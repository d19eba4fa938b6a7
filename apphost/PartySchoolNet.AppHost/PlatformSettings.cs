using Microsoft.Extensions.Configuration;

namespace PartySchoolNet.AppHost;

/// <summary>
/// What may differ between one run of the platform and another (section <c>Platform</c>, e.g. <c>--Platform:GatewayHttpPort=6180</c>):
/// where data lives, the ports people and scripts use and the address they know the platform by. Services get ports of DCP's
/// choosing and find each other by discovery.
/// </summary>
public sealed record PlatformSettings(string RepositoryRoot, string DataDirectory, int GatewayHttpPort, int GatewayGrpcPort,
    int PostgresPort, int RabbitMqPort, bool SeedDemoNetwork, string PostgresOptions, bool ReadyToRun, string PublicUrl)
{
    public static PlatformSettings From(IConfiguration configuration, string appHostDirectory)
    {
        var root = Path.GetFullPath(Path.Combine(appHostDirectory, "..", ".."));
        var section = configuration.GetSection("Platform");
        var gatewayHttpPort = section.GetValue("GatewayHttpPort", 8080);
        return new PlatformSettings(
            RepositoryRoot: root,
            DataDirectory: Path.GetFullPath(section["DataDirectory"] ?? Path.Combine(root, ".data")),
            GatewayHttpPort: gatewayHttpPort,
            GatewayGrpcPort: section.GetValue("GatewayGrpcPort", 8081),
            PostgresPort: section.GetValue("PostgresPort", 5433),
            RabbitMqPort: section.GetValue("RabbitMqPort", 5673),
            SeedDemoNetwork: section.GetValue("SeedDemoNetwork", true),
            // Tests may trade durability for speed (fsync off); the platform's own run keeps PostgreSQL's defaults.
            PostgresOptions: section["PostgresOptions"] ?? "",
            // The benchmarks run what the image ships: services published ReadyToRun (tests/bench.sh publishes them).
            ReadyToRun: section.GetValue("ReadyToRun", false),
            // The issuer of every token and the base of every URL in Identity's discovery document: the gateway as others reach
            // it. Behind a host name (a reverse proxy, a deployment), set it to that name: --Platform:PublicUrl=https://psn.example.gov.cn/
            PublicUrl: (section["PublicUrl"] ?? $"http://127.0.0.1:{gatewayHttpPort}").TrimEnd('/') + "/");
    }

    /// <summary>The command line that runs a platform of its own (a test's, a benchmark's) beside the usual one.</summary>
    public static string[] CommandLine(string dataDirectory, int postgresPort, int rabbitMqPort, int gatewayHttpPort, int gatewayGrpcPort,
        bool durablePostgres) =>
    [
        $"--Platform:DataDirectory={dataDirectory}",
        $"--Platform:PostgresPort={postgresPort}",
        $"--Platform:RabbitMqPort={rabbitMqPort}",
        $"--Platform:GatewayHttpPort={gatewayHttpPort}",
        $"--Platform:GatewayGrpcPort={gatewayGrpcPort}",
        $"--Platform:PostgresOptions={(durablePostgres ? "" : "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")}",
    ];

    public string Script(string name) => Path.Combine(RepositoryRoot, "deploy", "local", name);

    /// <summary>
    /// Services run from the artifacts layout: built, artifacts/bin/{project}/{configuration}/{project}.dll; published
    /// ReadyToRun, artifacts/publish/{project}/{configuration}_linux-x64/{project}.dll.
    /// </summary>
    public string Binary(string projectPath)
    {
        var project = Path.GetFileNameWithoutExtension(projectPath);
        var configuration = Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return ReadyToRun
            ? Path.Combine(RepositoryRoot, "artifacts", "publish", project, configuration + "_linux-x64", project + ".dll")
            : Path.Combine(RepositoryRoot, "artifacts", "bin", project, configuration, project + ".dll");
    }
}
