using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>
/// Closes the feedback whose window has ended, so every class's instructors are rated without anyone pressing a button.
/// Several replicas may run it: a form one of them closed first is left as it is.
/// </summary>
internal sealed class FeedbackCloser(IServiceScopeFactory scopes, IOptions<QualityEvaluationOptions> options, TimeProvider clock, ILogger<FeedbackCloser> logger)
    : Sweeper(clock, logger)
{
    private const int Batch = 50;

    protected override TimeSpan Interval => options.Value.FeedbackSweepInterval;

    protected override async Task SweepAsync(CancellationToken ct)
    {
        List<Guid> due;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<QualityEvaluationDbContext>();
            var now = Clock.GetUtcNow();
            due = await db.FeedbackForms.Where(f => f.ClosedAt == null && f.ClosesAt <= now).OrderBy(f => f.ClosesAt).Select(f => f.ClassId).Take(Batch).ToListAsync(ct);
            foreach (var classId in due)
            {
                await using var closingScope = scopes.CreateAsyncScope();
                var closingDb = closingScope.ServiceProvider.GetRequiredService<QualityEvaluationDbContext>();
                var form = await closingDb.FeedbackForms.SingleAsync(f => f.ClassId == classId, ct);
                try
                {
                    await closingScope.ServiceProvider.GetRequiredService<FeedbackClosing>().CloseAsync(form, ct);
                }
                catch (StateConflictException)
                {
                    Logger.LogInformation("Feedback of class {ClassId} was closed meanwhile", classId);
                }
            }
        }
        while (due.Count == Batch);
    }
}
