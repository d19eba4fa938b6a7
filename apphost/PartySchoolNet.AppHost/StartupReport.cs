using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartySchoolNet.AppHost.Services;

namespace PartySchoolNet.AppHost;

/// <summary>
/// Tells the person at the terminal how the start went. Once every service is healthy: the gateway, the dashboard and the
/// demo sign-ins. If a resource fails first (PostgreSQL not installed, a port taken, a service that exits): one line saying
/// which and why, and the AppHost exits with 1 instead of waiting forever. It starts before the resources do: the app's own
/// start completes only once every resource has started, which a failed dependency never lets happen.
/// </summary>
internal sealed class StartupReport(ResourceNotificationService notifications, ResourceLoggerService logs, DistributedApplicationModel model,
    IConfiguration configuration, DistributedApplicationOptions options, PlatformSettings settings, IHostApplicationLifetime lifetime)
{
    public static void WatchFromStart(IDistributedApplicationBuilder builder) =>
        builder.Eventing.Subscribe<BeforeStartEvent>((e, cancellationToken) =>
        {
            var report = ActivatorUtilities.CreateInstance<StartupReport>(e.Services);
            _ = report.RunAsync(e.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
            return Task.CompletedTask;
        });

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var healthy = Task.WhenAll(model.Resources.OfType<ServiceResource>()
            .Select(s => notifications.WaitForResourceHealthyAsync(s.Name, watching.Token)));
        var failed = FirstFailureAsync(watching.Token);
        await Task.WhenAny(healthy, failed);
        await watching.CancelAsync();
        if (healthy.IsCompletedSuccessfully)
        {
            var startedAt = Process.GetCurrentProcess().StartTime;
            Console.WriteLine(Banner.Text(settings, DashboardLogin(), DateTime.Now - startedAt));
        }
        else if (failed.IsCompletedSuccessfully && await failed is { } failure)
        {
            var reason = await LastLogLineAsync(failure.ResourceId, stoppingToken);
            await Console.Error.WriteLineAsync($"PartySchoolNet did not start: {failure.Name} failed (exit code {failure.ExitCode?.ToString() ?? "none"})"
                + (reason is null ? "." : $": {reason}"));
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    private async Task<(string Name, string ResourceId, int? ExitCode)?> FirstFailureAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var e in notifications.WatchAsync(cancellationToken))
            {
                var state = e.Snapshot.State?.Text;
                var exitedBadly = (state == KnownResourceStates.Exited || state == KnownResourceStates.Finished) && e.Snapshot.ExitCode is not (null or 0);
                if (state == KnownResourceStates.FailedToStart || exitedBadly)
                {
                    return (e.Resource.Name, e.ResourceId, e.Snapshot.ExitCode);
                }
            }
        }
        catch (OperationCanceledException) { }
        return null;
    }

    /// <summary>The scripts end a failure with a line that says what to do; the services with their exception's message.</summary>
    private async Task<string?> LastLogLineAsync(string resourceId, CancellationToken cancellationToken)
    {
        using var settle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        settle.CancelAfter(TimeSpan.FromSeconds(2));
        string? last = null;
        try
        {
            await foreach (var batch in logs.WatchAsync(resourceId).WithCancellation(settle.Token))
            {
                last = batch.LastOrDefault(l => !string.IsNullOrWhiteSpace(l.Content)).Content ?? last;
            }
        }
        catch (OperationCanceledException) { }
        return last;
    }

    private string? DashboardLogin()
    {
        if (options.DisableDashboard)
        {
            return null;
        }
        var url = configuration["ASPNETCORE_URLS"]?.Split(';')[0];
        var token = configuration["AppHost:BrowserToken"];
        return url is null ? null : token is null ? url : $"{url}/login?t={token}";
    }
}
