using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>
/// Closes a class's feedback: no more answers, and each instructor rated by at least the minimum of respondents is published
/// (<see cref="InstructorRated"/>) with <see cref="FeedbackClosed"/>, in the closing's own transaction. The form's row version
/// lets one closing win, and a rating's id is the class × instructor, so a rating is counted once however often it is sent.
/// </summary>
internal sealed class FeedbackClosing(QualityEvaluationDbContext db, IOptions<QualityEvaluationOptions> options, TimeProvider clock)
{
    public static readonly Refusal ChangedConcurrently = new("feedback_changed_concurrently", "本班教学评估已被他人关闭或更新，请刷新后查看");

    /// <summary>Closes the form if it is open; false when it was closed already.</summary>
    public async Task<bool> CloseAsync(FeedbackForm form, CancellationToken ct)
    {
        if (form.IsClosed)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        form.Close(now);
        var responses = await db.FeedbackResponses.AsNoTracking().Where(r => r.ClassId == form.ClassId).ToListAsync(ct);
        var tally = new FeedbackTally(form, responses, options.Value.MinRespondents);
        foreach (var instructor in form.SessionsByInstructor())
        {
            if (tally.Instructor(instructor) is { Withheld: false } rated)
            {
                db.AddEvent(new InstructorRated(RatingId(form.ClassId, instructor.Key), instructor.Key, rated.Score, rated.Respondents, form.ClassId.ToString(), now));
            }
        }
        db.AddEvent(new FeedbackClosed(form.ClassId, form.OwnerSchoolId, form.OwnerSchoolPath, form.Tickets, responses.Count, now));
        await db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
        return true;
    }

    /// <summary>The rating of an instructor by one class's feedback: the same id whenever it is computed.</summary>
    public static Guid RatingId(Guid classId, Guid instructorId) =>
        new(SHA256.HashData([.. classId.ToByteArray(), .. instructorId.ToByteArray()])[..16]);
}
