using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.FollowUps;

/// <summary>
/// A completed class plans each trainee's follow-ups, for the trainee's own school: at the months its category sets after
/// the class's last day (1, 3, 6 and 12 by default). Once per class, however often its completion is delivered.
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
        db.FollowUps.AddRange(message.Trainees.SelectMany(t => FollowUpStages.InOrder.Zip(months)
            .Select(s => FollowUp.Plan(message, t, s.First, s.Second, message.OccurredAt))));
    }
}
