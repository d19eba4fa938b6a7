using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.QualityEvaluation.Seeding;

namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>
/// A completed class opens its feedback: its school's questionnaire (the standard one unless it set its own) over the sessions taught, and one code per trainee for the
/// class's managers to hand out. A class opens once, however often its completion is delivered. The demo's history opened
/// when its class ended and comes with its trainees' answers (<see cref="DemoFeedback"/>); the closer closes what has ended.
/// </summary>
public sealed class FeedbackOpening(QualityEvaluationDbContext db, IOptions<QualityEvaluationOptions> options) : IdempotentConsumer<ClassCompleted>(db)
{
    protected override async Task HandleAsync(ClassCompleted message, CancellationToken ct)
    {
        if (message.Trainees.Count == 0 || await db.FeedbackForms.AnyAsync(f => f.ClassId == message.Class.ClassId, ct))
        {
            return;
        }
        var questions = await Questionnaires.ForSchoolAsync(db, message.Class.OwnerSchoolId, ct);
        var openedAt = message.Demo ? DemoFeedback.OpenedAt(message) : message.OccurredAt;
        var form = db.FeedbackForms.Add(FeedbackForm.Open(message, questions, openedAt, options.Value.FeedbackWindow)).Entity;
        var tickets = Enumerable.Range(0, message.Trainees.Count).Select(_ => FeedbackTicket.For(message.Class.ClassId)).ToList();
        db.FeedbackTickets.AddRange(tickets);
        if (message.Demo)
        {
            db.FeedbackResponses.AddRange(DemoFeedback.Answer(form, tickets, message.OccurredAt));
        }
    }
}
