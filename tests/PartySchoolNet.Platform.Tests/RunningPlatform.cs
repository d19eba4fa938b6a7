using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using PartySchoolNet.AppHost;
using PartySchoolNet.AppHost.Services;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using PartySchoolNet.ServiceDefaults;
using PartySchoolNet.Testing.Platform;

namespace PartySchoolNet.Platform.Tests;

/// <summary>
/// The whole platform as <see cref="PlatformLaunch"/> starts it: PostgreSQL and RabbitMQ of its own, which tests may stop,
/// crash and start again, six services, the gateway and the portal as real processes.
/// </summary>
public abstract class RunningPlatform(string name, PlatformPorts ports, bool durablePostgres) : IAsyncLifetime
{
    public static readonly IReadOnlyList<string> Services = PlatformServices.Names;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private DistributedApplication? _app;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), TestInfrastructure.UniqueName(name));

    public PlatformPorts Ports => ports;

    private DistributedApplication App => _app ?? throw new InvalidOperationException("The platform has not started.");

    /// <summary>
    /// Settings for every service and the gateway, as environment variables that win over the AppHost's. Every test platform
    /// has a lower rate limit and quicker publish timeouts, and no 100,000 demo cadres.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string> ServiceSettings() => new Dictionary<string, string>
    {
        ["Gateway__RateLimit__PermitLimit"] = "100",
        ["Gateway__RateLimit__Window"] = "00:00:05",
        ["Messaging__Outbox__PublishTimeout"] = "00:00:05",
        // 100,000 demo cadres would load the database for a minute under every platform test; enrollment tests bring their own.
        ["Enrollment__SeedDemoData"] = "false",
        // Nor the demo catalogue's 20,000 announcements (sites and sessions) for Reporting to fold under every platform test.
        ["SiteResources__AnnounceDemoCatalogue"] = "false",
        // The demo's finalized campaigns would stand beside the ones the evaluation tests run.
        ["QualityEvaluation__SeedDemoCampaigns"] = "false",
        // 送教下基层's process: a crashed step is taken over within seconds, not the production half minute.
        ["Outreach__Lease"] = "00:00:05",
        ["Outreach__RetryDelay"] = "00:00:01",
        ["Outreach__SweepInterval"] = "00:00:01",
        ["Outreach__LendingPollInterval"] = "00:00:02",
    };

    public Uri Gateway => new($"http://127.0.0.1:{ports.GatewayHttp}");

    /// <summary>The platform's public address (the issuer of its tokens): by default the AppHost's, the gateway's loopback URL.</summary>
    public virtual Uri PublicUrl => new(Gateway, "/");

    public Uri GatewayGrpc => new($"http://127.0.0.1:{ports.GatewayGrpc}");

    public string RabbitMqUri => $"amqp://guest:guest@127.0.0.1:{ports.RabbitMq}/";

    /// <summary>A service's endpoint (<c>http</c> or <c>grpc</c>) on the port DCP gave it.</summary>
    public Uri Endpoint(string service, string endpoint) => App.GetEndpoint(service, endpoint);

    public string Database(string service) => Connection(PlatformService.DatabaseOf(service));

    /// <summary>Drops a service's database, open connections and all, as a lost disk would.</summary>
    public Task DropDatabaseAsync(string service) =>
        TestInfrastructure.ExecuteAsync(Connection("postgres"), $"DROP DATABASE \"{PlatformService.DatabaseOf(service)}\" WITH (FORCE)");

    private string Connection(string database) => $"Host=127.0.0.1;Port={ports.Postgres};Username=postgres;Database={database}";

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

    /// <summary>SIGKILL, as a crash would: no shutdown, no flushing, no goodbye to the broker. DCP sees it exit.</summary>
    public async Task KillServiceAsync(string service)
    {
        var pid = App.ResourceNotifications.TryGetCurrentState(service, out var state)
            ? state.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value : null;
        using (var process = Process.GetProcessById(Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture)))
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        await WaitForStateAsync(service, KnownResourceStates.Exited, KnownResourceStates.Finished);
    }

    public Task StartServiceAsync(string service) => StartResourceAsync(service);

    public Task StartServicesAsync(IReadOnlyCollection<string> services) => Task.WhenAll(services.Select(StartResourceAsync));

    /// <summary>Stops the broker as an operator would (the node shuts down cleanly).</summary>
    public Task StopBrokerAsync() => StopResourceAsync("messaging");

    public Task StartBrokerAsync() => StartResourceAsync("messaging");

    public Task StartPostgresAsync() => StartResourceAsync("postgres");

    /// <summary>True when no queue holds a message that is waiting or being handled (dead letters in <c>_error</c> queues wait for no one).</summary>
    public async Task<bool> BrokerIsIdleAsync() => (await QueuesAsync())
        .Where(q => !q.Name.EndsWith("_error", StringComparison.Ordinal) && !q.Name.EndsWith("_skipped", StringComparison.Ordinal))
        .All(q => q.Ready == 0 && q.Unacknowledged == 0);

    /// <summary>Each queue of the RabbitMQ node: name, messages ready, messages unacknowledged.</summary>
    public async Task<IReadOnlyList<(string Name, int Ready, int Unacknowledged)>> QueuesAsync()
    {
        var output = await Commands.RunAsync("bash", [Script("rabbitmq.sh"), "queues", Path.Combine(DataDirectory, "rabbitmq"), ports.RabbitMq.ToString()]);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).Where(f => f.Length == 3)
            .Select(f => (f[0], int.Parse(f[1]), int.Parse(f[2])))];
    }

    /// <summary>Runs a script of deploy/local with this platform's data folder and ports, as an operator would.</summary>
    public Task<string> RunScriptAsync(string script, params string[] args) => Commands.RunAsync("bash",
        [Script(script), .. args, "--data", DataDirectory, "--pg-port", ports.Postgres.ToString(), "--rabbit-port", ports.RabbitMq.ToString()]);

    /// <summary>A script of deploy/local, found where the AppHost finds it.</summary>
    private string Script(string name) => App.Services.GetRequiredService<PlatformSettings>().Script(name);

    private async Task StartResourceAsync(string resource)
    {
        var result = await App.ResourceCommands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand);
        if (!result.Success)
        {
            throw new InvalidOperationException($"Starting {resource} failed: {result.Message}");
        }
        using var timeout = new CancellationTokenSource(StartTimeout);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
    }

    private async Task StopResourceAsync(string resource)
    {
        var result = await App.ResourceCommands.ExecuteCommandAsync(resource, KnownResourceCommands.StopCommand);
        if (!result.Success)
        {
            throw new InvalidOperationException($"Stopping {resource} failed: {result.Message}");
        }
        await WaitForStateAsync(resource, KnownResourceStates.Exited, KnownResourceStates.Finished);
    }

    private async Task WaitForStateAsync(string resource, params string[] states)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await App.ResourceNotifications.WaitForResourceAsync(resource, e => states.Contains(e.Snapshot.State?.Text), timeout.Token);
    }

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        (_app, _) = await PlatformLaunch.StartAsync(DataDirectory, ports, durablePostgres, ServiceSettings(), [$"--Platform:PublicUrl={PublicUrl}"], timeout.Token);
        await Eventually.Until(IsSettledAsync, settled => settled, StartTimeout, "the demo network published and delivered everywhere");
    }

    /// <summary>No event waits in any outbox or queue: what the tests count is what the platform holds.</summary>
    public async Task<bool> IsSettledAsync()
    {
        foreach (var service in Services)
        {
            if (await TestInfrastructure.ScalarAsync<long>(Database(service),
                "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL") > 0)
            {
                return false;
            }
        }
        return await BrokerIsIdleAsync();
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Directory.Delete(DataDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }
}
