using System.Diagnostics;

namespace PartySchoolNet.AppHost;

/// <summary>Every service and the gateway as processes; started together, healthy together, stopped together.</summary>
public sealed class Platform(RepositoryPaths paths, PlatformLayout layout, Action<string> log) : IAsyncDisposable
{
    private readonly List<ServiceProcess> _processes = [];

    public IReadOnlyList<ServiceProcess> Processes => _processes;

    /// <summary>
    /// The consuming services first: a service is healthy once its bus is up and its queues are bound, and only then
    /// may Identity publish its first events (the demo tree), which would otherwise reach no queue on a fresh broker.
    /// </summary>
    public async Task StartAsync(TimeSpan timeout)
    {
        await StartTogetherAsync(layout.Services.Where(s => s != layout.Identity), timeout);
        await StartTogetherAsync([layout.Identity, layout.Gateway], timeout);
    }

    private async Task StartTogetherAsync(IEnumerable<ServiceResource> services, TimeSpan timeout)
    {
        var started = services.Select(service => ServiceProcess.Start(service, paths, layout.Environment(service), log)).ToList();
        _processes.AddRange(started);
        await Task.WhenAll(started.Select(p => WaitHealthyAsync(p, timeout)));
    }

    /// <summary>Kills a service outright, as a crash would: no shutdown, no flushing, no goodbye to the broker.</summary>
    public async Task KillAsync(string name)
    {
        var process = _processes.Single(p => p.Resource.Name == name);
        _processes.Remove(process);
        await process.KillAsync();
    }

    /// <summary>Starts a service that is not running, with its usual configuration, and waits until it is healthy.</summary>
    public Task StartServiceAsync(string name, TimeSpan timeout) => StartServicesAsync([name], timeout);

    /// <summary>Starts services that are not running, side by side, and waits until all are healthy.</summary>
    public async Task StartServicesAsync(IReadOnlyCollection<string> names, TimeSpan timeout)
    {
        await StartTogetherAsync([.. layout.Services.Append(layout.Gateway).Where(s => names.Contains(s.Name))], timeout);
    }

    private static async Task WaitHealthyAsync(ServiceProcess process, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Resource.Name} exited during start; see its log above.");
            }
            try
            {
                using var response = await http.GetAsync(process.Resource.HttpUrl + "/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{process.Resource.Name} was not healthy within {timeout.TotalSeconds:0} s.");
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_processes.Select(p => p.DisposeAsync().AsTask()));
        _processes.Clear();
    }
}
