using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Data;

namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>
/// Finishes or compensates what nobody is working on: requests whose step is due (a partner was away, a lending decision
/// is to be checked) or whose process died (its lease ran out). After a crash this is how every approved request ends
/// scheduled or returned, with nothing reserved twice and nothing left reserved for a returned request.
/// </summary>
internal sealed class OutreachSweeper(IServiceScopeFactory scopes, IOptions<OutreachOptions> options, TimeProvider clock, ILogger<OutreachSweeper> logger)
    : BackgroundService
{
    private const int Batch = 50;

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
                logger.LogWarning(ex, "Outreach sweep failed; trying again in {Interval}", options.Value.SweepInterval);
            }
            await Task.Delay(options.Value.SweepInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task SweepAsync(CancellationToken ct)
    {
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow();
            due = await scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>().OutreachRequests
                .Where(r => (r.Status == OutreachStatus.Approving || r.Status == OutreachStatus.AwaitingLending || r.ReleasePending)
                    && r.NextTryAt <= now && (r.LeaseUntil == null || r.LeaseUntil < now))
                .OrderBy(r => r.NextTryAt).Select(r => r.Id).Take(Batch).ToListAsync(ct);
        }
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (id, token) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutreachProcess>().AdvanceAsync(id, token);
        });
    }
}
