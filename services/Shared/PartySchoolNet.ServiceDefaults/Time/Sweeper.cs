using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PartySchoolNet.ServiceDefaults.Time;

/// <summary>
/// Runs a sweep every <see cref="Interval"/> for as long as the service runs: what nobody is working on but is due (a step
/// after a crash, a window that has ended). A failed sweep is a warning and is tried again next time; the next sweep finds
/// what it left.
/// </summary>
public abstract class Sweeper(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock => clock;

    protected ILogger Logger => logger;

    protected abstract TimeSpan Interval { get; }

    protected abstract Task SweepAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "{Sweeper} failed; trying again in {Interval}", GetType().Name, Interval);
            }
            await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
