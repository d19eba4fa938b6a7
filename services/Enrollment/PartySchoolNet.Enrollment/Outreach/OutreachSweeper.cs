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
    : Sweeper(clock, logger)
{
    private const int Batch = 50;

    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override async Task SweepAsync(CancellationToken ct)
    {
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = Clock.GetUtcNow();
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
