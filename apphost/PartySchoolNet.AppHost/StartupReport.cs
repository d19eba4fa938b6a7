using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartySchoolNet.AppHost.Services;

namespace PartySchoolNet.AppHost;

/// <summary>
/// Tells the person at the terminal how the start went. Once every service is healthy: the gateway, the dashboard and the
/// demo sign-ins. If a resource fails first (PostgreSQL not installed, a port taken, a service that exits): one line saying
/// which and why, and the AppHost exits with 1 instead of waiting forever. It starts before the resources do: the app's own
/// start completes only once every resource has started, which a failed dependency never lets happen.
/// </summary>
internal sealed partial class StartupReport(ResourceNotificationService notifications, ResourceLoggerService logs, DistributedApplicationModel model,
    IConfiguration configuration, DistributedApplicationOptions options, PlatformSettings settings, StartupOutcome outcome,
    IHostApplicationLifetime lifetime)
{
    /// <summary>
    /// Starts watching as the resources start. After a failure the host, stopped while it was still starting, would log that
    /// as an error with a stack trace: that line is left out, as the one above says what happened.
    /// </summary>
    public static void WatchFromStart(IDistributedApplicationBuilder builder, StartupOutcome outcome)
    {
        builder.Services.AddSingleton(outcome);
        builder.Services.AddLogging(logging => logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host",
            level => level >= LogLevel.Information && !(outcome.Failed && level >= LogLevel.Error)));
        builder.Eventing.Subscribe<BeforeStartEvent>((e, cancellationToken) =>
        {
            var report = ActivatorUtilities.CreateInstance<StartupReport>(e.Services);
            _ = report.RunAsync(e.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
            return Task.CompletedTask;
        });
    }

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
            outcome.Failed = true;
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

    /// <summary>
    /// What the failed resource said last, preferring PostgreSQL's FATAL line, then error output: the scripts end a failure
    /// with a line that says what to do, the services with their error. DCP's own lines (<c>[sys]</c>) and timestamps are left out.
    /// </summary>
    private async Task<string?> LastLogLineAsync(string resourceId, CancellationToken cancellationToken)
    {
        using var settle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        settle.CancelAfter(TimeSpan.FromSeconds(2));
        var lines = new List<LogLine>();
        try
        {
            await foreach (var batch in logs.WatchAsync(resourceId).WithCancellation(settle.Token))
            {
                lines.AddRange(batch.Where(l => !string.IsNullOrWhiteSpace(l.Content) && !l.Content.Contains("[sys]", StringComparison.Ordinal)));
            }
        }
        catch (OperationCanceledException) { }
        var last = lines.LastOrDefault(l => l.Content.Contains("FATAL", StringComparison.Ordinal)).Content
            ?? lines.LastOrDefault(l => l.IsErrorMessage).Content ?? lines.LastOrDefault().Content;
        return last is null ? null : Timestamp().Replace(last, "").Trim();
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT[\d:.]+Z\s*")]
    private static partial Regex Timestamp();

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

/// <summary>Whether the start failed and was reported (read by the log filter and the AppHost's exit).</summary>
internal sealed class StartupOutcome
{
    public volatile bool Failed;
}
