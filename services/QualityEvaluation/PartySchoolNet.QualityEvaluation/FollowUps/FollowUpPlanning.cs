using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.QualityEvaluation.Seeding;

namespace PartySchoolNet.QualityEvaluation.FollowUps;

/// <summary>
/// A completed class plans each trainee's follow-ups, for the trainee's own school: at the months its category sets after
/// the class's last day (1, 3, 6 and 12 by default). Once per class, however often its completion is delivered. The demo's
/// history comes with most of what fell due recorded by the units (<see cref="DemoFollowUps"/>), not announced: it is not news.
/// </summary>
public sealed class FollowUpPlanning(QualityEvaluationDbContext db, IOptions<QualityEvaluationOptions> options) : IdempotentConsumer<ClassCompleted>(db)
{
    protected override async Task HandleAsync(ClassCompleted message, CancellationToken ct)
    {
        if (await db.FollowUps.AnyAsync(f => f.ClassId == message.Class.ClassId, ct))
        {
            return;
        }
        var months = options.Value.FollowUpMonthsFor(message.Class.Category);
        var planned = message.Trainees.SelectMany(t => FollowUpStages.InOrder.Zip(months)
            .Select(s => FollowUp.Plan(message, t, s.First, s.Second, message.OccurredAt))).ToList();
        if (message.Demo)
        {
            DemoFollowUps.Record(planned, message.OccurredAt);
        }
        db.FollowUps.AddRange(planned);
    }
}
