using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.QualityEvaluation.Feedback;

namespace PartySchoolNet.QualityEvaluation.Surveys;

/// <summary>
/// A respondent with a survey code, no account: opens the questionnaire and answers it once, naming only their group. The
/// code is spent and the answers stored by one statement, as for teaching feedback.
/// </summary>
internal sealed class SurveyForms(QualityEvaluationDbContext db, TimeProvider clock)
{
    public async Task<SurveyForm> GetAsync(GetFeedbackFormRequest request, CancellationToken ct)
    {
        var (_, survey) = await OpenAsync(request.Code, ct);
        var form = new SurveyForm { SurveyId = survey.Id.ToString(), Title = survey.Title, Groups = { survey.Groups } };
        form.Questions.Add(survey.Questions.Select(FormQuestions.ToMessage));
        return form;
    }

    public async Task<SubmitSurveyResponse> SubmitAsync(SubmitSurveyRequest request, CancellationToken ct)
    {
        var (code, survey) = await OpenAsync(request.Code, ct);
        var errors = new FieldErrors();
        var group = request.Group.Trim();
        errors.When(survey.Groups.Count > 0 ? !survey.Groups.Contains(group) : group.Length > 0, "group", "请选择调研对象类别");
        var answers = FeedbackAnswers.Read(survey.Questions, [], request.Answers, errors);
        errors.ThrowIfAny();

        var now = clock.GetUtcNow();
        var sheet = JsonSerializer.Serialize(answers, JsonSerializerOptions.Default);
        var stored = await db.Database.ExecuteSqlAsync($"""
            WITH spent AS (
                UPDATE survey_tickets t SET used_at = {now}
                WHERE t.code = {code} AND t.used_at IS NULL
                  AND EXISTS (SELECT 1 FROM needs_surveys s WHERE s.id = t.survey_id AND s.closed_at IS NULL)
                RETURNING t.survey_id)
            INSERT INTO survey_responses (id, survey_id, "group", submitted_at, answers)
            SELECT {Guid.CreateVersion7(now)}, survey_id, {group}, {now}, {sheet}::jsonb FROM spent
            """, ct);
        if (stored == 0)
        {
            await OpenAsync(code, ct);
            throw Used;
        }
        return new SubmitSurveyResponse { SurveyId = survey.Id.ToString(), SubmittedAt = Timestamp.FromDateTimeOffset(now) };
    }

    private static StateConflictException Used => new("survey_code_used", "该问卷码已提交过，每个问卷码只能使用一次");

    private async Task<(string Code, NeedsSurvey Survey)> OpenAsync(string typed, CancellationToken ct)
    {
        var code = OneTimeCode.Read(typed);
        var ticket = await db.SurveyTickets.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, ct)
            ?? throw new NotFoundException("问卷码不存在，请核对后重新输入", "survey_code_unknown");
        if (ticket.UsedAt is not null)
        {
            throw Used;
        }
        var survey = await db.Surveys.AsNoTracking().FirstAsync(s => s.Id == ticket.SurveyId, ct);
        if (survey.IsClosed)
        {
            throw new StateConflictException("survey_closed", "本次调研已结束，不能再提交");
        }
        return (code, survey);
    }
}
