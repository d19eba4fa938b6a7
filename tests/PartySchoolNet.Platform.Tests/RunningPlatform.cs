using System.Collections.Concurrent;
using PartySchoolNet.AppHost;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;

namespace PartySchoolNet.Platform.Tests;

/// <summary>
/// The whole platform as real processes, the way the apphost runs it: six services and the gateway, on a RabbitMQ node
/// of its own, which tests may stop and start, and either the test run's PostgreSQL (fresh databases) or a PostgreSQL
/// of its own that tests may crash.
/// </summary>
public abstract class RunningPlatform : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _log = new();
    private readonly RepositoryPaths _paths = RepositoryPaths.FromRunningBinary();
    private readonly AppHost.Platform _platform;
    private readonly bool _ownsPostgres;

    protected RunningPlatform(PlatformLayout layout, bool ownsPostgres)
    {
        Layout = layout;
        _ownsPostgres = ownsPostgres;
        Infrastructure = new Infrastructure(_paths, Layout, _log.Enqueue);
        _platform = new AppHost.Platform(_paths, Layout, _log.Enqueue);
    }

    public PlatformLayout Layout { get; }

    public Infrastructure Infrastructure { get; }

    /// <summary>The settings every test platform shares: a lower rate limit and quicker publish timeouts, no 100,000 demo cadres.</summary>
    protected static Dictionary<string, string> TestOverrides() => new()
    {
        ["Gateway__RateLimit__PermitLimit"] = "100",
        ["Gateway__RateLimit__Window"] = "00:00:05",
        ["Messaging__Outbox__PublishTimeout"] = "00:00:05",
        // 100,000 demo cadres would load the database for a minute under every platform test; enrollment tests bring their own.
        ["Enrollment__SeedDemoData"] = "false",
    };

    public Uri Gateway => new(Layout.Gateway.HttpUrl);

    public Uri GatewayGrpc => new(Layout.Gateway.GrpcUrl);

    public HttpClient Http(string? token = null)
    {
        var http = new HttpClient { BaseAddress = Gateway };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }
        return http;
    }

    public Task<string> TokenAsync(string userName, string password = Tokens.DemoPassword) => Tokens.PasswordAsync(Http(), userName, password);

    public async Task<IdentityService.IdentityServiceClient> IdentityThroughGatewayAsync(string userName) =>
        new(GrpcTesting.Channel(GatewayGrpc, await TokenAsync(userName)));

    public string Database(string service) => Layout.ConnectionString(Layout.Services.Single(s => s.Name == service));

    public Task KillServiceAsync(string name) => _platform.KillAsync(name);

    public Task StartServiceAsync(string name) => _platform.StartServiceAsync(name, TimeSpan.FromMinutes(2));

    public Task StartServicesAsync(IReadOnlyCollection<string> names) => _platform.StartServicesAsync(names, TimeSpan.FromMinutes(3));

    public Task StopBrokerAsync() => Infrastructure.StopRabbitMqAsync();

    public Task StartBrokerAsync() => Infrastructure.StartRabbitMqAsync();

    /// <summary>True when no queue holds a message that is waiting or being handled (dead letters in <c>_error</c> queues wait for no one).</summary>
    public async Task<bool> BrokerIsIdleAsync() => (await Infrastructure.QueuesAsync())
        .Where(q => !q.Name.EndsWith("_error", StringComparison.Ordinal) && !q.Name.EndsWith("_skipped", StringComparison.Ordinal))
        .All(q => q.Ready == 0 && q.Unacknowledged == 0);

    /// <summary>Runs a script of deploy/local with this platform's data folder and ports, as an operator would.</summary>
    public Task<string> RunScriptAsync(string script, params string[] args) => Commands.RunAsync("bash",
        [_paths.Script(script), .. args, "--data", Layout.DataDirectory, "--pg-port", Layout.PostgresPort.ToString(), "--rabbit-port", Layout.RabbitMqPort.ToString()]);

    public async ValueTask InitializeAsync()
    {
        if (_ownsPostgres)
        {
            await Infrastructure.StartPostgresAsync();
        }
        await Infrastructure.StartRabbitMqAsync();
        try
        {
            await _platform.StartAsync(TimeSpan.FromMinutes(3));
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"The platform did not start. Its log:\n{string.Join('\n', _log.TakeLast(200))}", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _platform.DisposeAsync();
        await Infrastructure.StopRabbitMqAsync();
        if (_ownsPostgres)
        {
            await Infrastructure.StopPostgresAsync();
        }
        else
        {
            foreach (var service in Layout.Services)
            {
                await TestInfrastructure.DropDatabaseAsync(Layout.DatabasePrefix + service.Database);
            }
        }
        Directory.Delete(Layout.DataDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }
}
