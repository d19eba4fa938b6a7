using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>
/// A completed class opens its feedback: its school's questionnaire (the standard one unless it set its own) over the sessions taught, and one code per trainee for the
/// class's managers to hand out. A class opens once, however often its completion is delivered.
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
        db.FeedbackForms.Add(FeedbackForm.Open(message, questions, options.Value.FeedbackWindow));
        db.FeedbackTickets.AddRange(Enumerable.Range(0, message.Trainees.Count).Select(_ => FeedbackTicket.For(message.Class.ClassId)));
    }
}
