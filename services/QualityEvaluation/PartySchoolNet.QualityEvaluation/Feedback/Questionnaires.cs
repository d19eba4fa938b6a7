using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>
/// The class questionnaire a school's completed classes open with: the school's own if its admin set one, otherwise the
/// standard one. Anyone whose scope holds the school reads it; only its admin changes it.
/// </summary>
internal sealed class Questionnaires(QualityEvaluationDbContext db, TimeProvider clock)
{
    public async Task<Contracts.FeedbackQuestionnaire> GetAsync(GetFeedbackQuestionnaireRequest request, Caller caller, CancellationToken ct)
    {
        var schoolId = await VisibleSchoolAsync(request.SchoolId, caller, ct);
        var own = await db.FeedbackQuestionnaires.AsNoTracking().FirstOrDefaultAsync(q => q.SchoolId == schoolId, ct);
        return ToMessage(schoolId, own);
    }

    public async Task<Contracts.FeedbackQuestionnaire> SetAsync(SetFeedbackQuestionnaireRequest request, Caller caller, CancellationToken ct)
    {
        var schoolId = await VisibleSchoolAsync(request.SchoolId, caller, ct);
        if (caller.SchoolId != schoolId || !caller.IsInRole(Roles.SchoolAdmin))
        {
            throw new ForbiddenException("只有本校管理员可以设置本校的教学评估问卷");
        }
        var errors = new FieldErrors();
        var questions = request.UseStandard ? [] : QuestionInput.Questions(request.Questions, perSession: true, errors);
        errors.ThrowIfAny();

        var own = await db.FeedbackQuestionnaires.FirstOrDefaultAsync(q => q.SchoolId == schoolId, ct);
        if (request.UseStandard)
        {
            own = null;
            await db.FeedbackQuestionnaires.Where(q => q.SchoolId == schoolId).ExecuteDeleteAsync(ct);
        }
        else
        {
            own ??= db.FeedbackQuestionnaires.Add(FeedbackQuestionnaire.For(schoolId)).Entity;
            own.Set(questions, caller.Name, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
        return ToMessage(schoolId, own);
    }

    /// <summary>What a class of the school asks when it completes.</summary>
    public static async Task<IReadOnlyList<FeedbackQuestion>> ForSchoolAsync(QualityEvaluationDbContext db, Guid schoolId, CancellationToken ct) =>
        await db.FeedbackQuestionnaires.AsNoTracking().Where(q => q.SchoolId == schoolId).Select(q => q.Questions).FirstOrDefaultAsync(ct) ?? FeedbackQuestion.Standard;

    private async Task<Guid> VisibleSchoolAsync(string value, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var schoolId = errors.Id(value, "school_id", "学校");
        errors.ThrowIfAny();
        var path = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Path).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("学校不存在", "school_not_found");
        caller.EnsureCanSee(path);
        return schoolId;
    }

    private static Contracts.FeedbackQuestionnaire ToMessage(Guid schoolId, FeedbackQuestionnaire? own)
    {
        var message = new Contracts.FeedbackQuestionnaire { SchoolId = schoolId.ToString(), Standard = own is null };
        message.Questions.Add((own?.Questions ?? FeedbackQuestion.Standard).Select(FormQuestions.ToMessage));
        return message;
    }
}
