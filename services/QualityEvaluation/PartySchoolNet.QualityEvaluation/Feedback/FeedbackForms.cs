using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>
/// What a trainee does with a feedback code, without an account: open the questionnaire and answer it once. The code is
/// spent and the answers stored by one statement, so the same code sent twice at once stores one answer sheet, and a form
/// closing meanwhile stores none.
/// </summary>
internal sealed class FeedbackForms(QualityEvaluationDbContext db, TimeProvider clock)
{
    public async Task<Contracts.FeedbackForm> GetAsync(GetFeedbackFormRequest request, CancellationToken ct)
    {
        var (_, form) = await OpenAsync(request.Code, ct);
        var message = new Contracts.FeedbackForm { ClassId = form.ClassId.ToString(), ClassTitle = form.ClassTitle, ClosesAt = Timestamp.FromDateTimeOffset(form.ClosesAt) };
        message.Questions.Add(form.Questions.Select(FormQuestions.ToMessage));
        message.Sessions.Add(form.Sessions.Select(s => new FeedbackSession
        {
            SessionId = s.SessionId.ToString(), Title = s.Title, StartsAt = Timestamp.FromDateTimeOffset(s.StartsAt), Hours = (double)s.Hours,
            InstructorId = s.InstructorId?.ToString() ?? "",
        }));
        return message;
    }

    public async Task<SubmitFeedbackResponse> SubmitAsync(SubmitFeedbackRequest request, CancellationToken ct)
    {
        var (code, form) = await OpenAsync(request.Code, ct);
        var errors = new FieldErrors();
        var answers = FeedbackAnswers.Read(form.Questions, [.. form.Sessions.Select(s => s.SessionId)], request.Answers, errors);
        errors.ThrowIfAny();

        var now = clock.GetUtcNow();
        var sheet = JsonSerializer.Serialize(answers, JsonSerializerOptions.Default);
        var stored = await db.Database.ExecuteSqlAsync($"""
            WITH spent AS (
                UPDATE feedback_tickets t SET used_at = {now}
                WHERE t.code = {code} AND t.used_at IS NULL
                  AND EXISTS (SELECT 1 FROM feedback_forms f WHERE f.class_id = t.class_id AND f.closed_at IS NULL AND f.closes_at > {now})
                RETURNING t.class_id)
            INSERT INTO feedback_responses (id, class_id, submitted_at, answers)
            SELECT {Guid.CreateVersion7(now)}, class_id, {now}, {sheet}::jsonb FROM spent
            """, ct);
        if (stored == 0)
        {
            await OpenAsync(code, ct);
            throw Used;
        }
        return new SubmitFeedbackResponse { ClassId = form.ClassId.ToString(), SubmittedAt = Timestamp.FromDateTimeOffset(now) };
    }

    private static StateConflictException Used => new("feedback_code_used", "该反馈码已提交过评估，每个反馈码只能使用一次");

    /// <summary>The code's open form, or why it cannot be answered.</summary>
    private async Task<(string Code, FeedbackForm Form)> OpenAsync(string typed, CancellationToken ct)
    {
        var code = OneTimeCode.Read(typed);
        var ticket = await db.FeedbackTickets.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, ct)
            ?? throw new NotFoundException("反馈码不存在，请核对后重新输入", "feedback_code_unknown");
        if (ticket.UsedAt is not null)
        {
            throw Used;
        }
        var form = await db.FeedbackForms.AsNoTracking().FirstAsync(f => f.ClassId == ticket.ClassId, ct);
        if (form.IsClosed || form.ClosesAt <= clock.GetUtcNow())
        {
            throw new StateConflictException("feedback_closed", "本班教学评估已结束，不能再提交");
        }
        return (code, form);
    }
}
