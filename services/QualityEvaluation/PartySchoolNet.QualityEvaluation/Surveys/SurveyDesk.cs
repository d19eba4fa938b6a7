using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Persistence;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.QualityEvaluation.Feedback;

namespace PartySchoolNet.QualityEvaluation.Surveys;

/// <summary>
/// A school's training-needs surveys: its admin creates one open, with its codes, and closes it; everyone whose scope holds
/// the school reads the tallies (free text only the school's own admins).
/// </summary>
internal sealed class SurveyDesk(QualityEvaluationDbContext db, TimeProvider clock)
{
    private static readonly Refusal ChangedConcurrently = new("survey_changed_concurrently", "该调研已被他人更新，请刷新后重试");

    public async Task<Survey> CreateAsync(CreateSurveyRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(Roles.SchoolAdmin);
        var errors = new FieldErrors();
        var title = request.Title.Trim();
        errors.When(title.Length is < 2 or > 100, "title", "调研名称长度须为2至100个字符")
            .When(request.Target is < 1 or > NeedsSurvey.MaxTarget, "target", $"发放问卷数须在1至{NeedsSurvey.MaxTarget}之间");
        var questions = QuestionInput.Questions(request.Questions, perSession: false, errors);
        var groups = QuestionInput.Groups(request.Groups, errors);
        errors.ThrowIfAny();

        var survey = NeedsSurvey.Open(caller, title, questions, groups, request.Target, clock.GetUtcNow());
        db.Surveys.Add(survey);
        db.SurveyTickets.AddRange(Enumerable.Range(0, survey.Target).Select(_ => SurveyTicket.For(survey.Id)));
        await db.SaveChangesAsync(ct);
        return ToMessage(survey, 0);
    }

    public async Task<ListSurveysResponse> ListAsync(ListSurveysRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var page = errors.Page(request.PageSize, request.PageToken, 50, 200);
        errors.ThrowIfAny();
        var query = db.Surveys.AsNoTracking().WhereWithin(caller.ScopePath, s => s.OwnerSchoolPath);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(s => s.CreatedAt).Skip(page.Offset).Take(page.Size)
            .Select(s => new { Survey = s, Responses = db.SurveyResponses.Count(r => r.SurveyId == s.Id) }).ToListAsync(ct);
        var response = new ListSurveysResponse { TotalCount = total, NextPageToken = page.NextToken(total) };
        response.Surveys.Add(rows.Select(r => ToMessage(r.Survey, r.Responses)));
        return response;
    }

    public async Task<ListFeedbackTicketsResponse> TicketsAsync(ListSurveyTicketsRequest request, Caller caller, CancellationToken ct)
    {
        var survey = await OwnAsync(request.SurveyId, caller, ct);
        var tickets = await db.SurveyTickets.AsNoTracking().Where(t => t.SurveyId == survey.Id).OrderBy(t => t.Code).ToListAsync(ct);
        var response = new ListFeedbackTicketsResponse { Used = tickets.Count(t => t.UsedAt is not null) };
        response.Tickets.Add(tickets.Select(t => new Contracts.FeedbackTicket { Code = OneTimeCode.Printed(t.Code), Used = t.UsedAt is not null }));
        return response;
    }

    public async Task<Survey> CloseAsync(CloseSurveyRequest request, Caller caller, CancellationToken ct)
    {
        var survey = await OwnAsync(request.SurveyId, caller, ct);
        survey.Close(clock.GetUtcNow());
        await db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
        return ToMessage(survey, await db.SurveyResponses.CountAsync(r => r.SurveyId == survey.Id, ct));
    }

    public async Task<SurveyTallies> TalliesAsync(GetSurveyTalliesRequest request, Caller caller, CancellationToken ct)
    {
        var survey = await FindAsync(request.SurveyId, ct);
        caller.EnsureCanSee(survey.OwnerSchoolPath);
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == survey.Id).ToListAsync(ct);
        var withTexts = caller.SchoolId == survey.OwnerSchoolId && caller.IsInRole(Roles.SchoolAdmin);
        var tallies = new SurveyTallies
        {
            SurveyId = survey.Id.ToString(), Title = survey.Title, Target = survey.Target, Responses = responses.Count,
            ResponseRate = Math.Round(100.0 * responses.Count / survey.Target, 1), Closed = survey.IsClosed,
        };
        tallies.Questions.Add(Questions(survey, responses, withTexts));
        tallies.Groups.Add(survey.Groups.Select(g => (g, responses.Where(r => r.Group == g).ToList())).Select(x => new GroupTallies
        {
            Group = x.g, Responses = x.Item2.Count, Questions = { Questions(survey, x.Item2, withTexts) },
        }));
        return tallies;
    }

    private static IEnumerable<QuestionResult> Questions(NeedsSurvey survey, List<SurveyResponse> responses, bool withTexts) =>
        survey.Questions.Select(q => QuestionTally.Of(q, [.. responses.SelectMany(r => r.Answers.Where(a => a.QuestionKey == q.Key).Select(a => (r.Id, a)))], withTexts));

    private async Task<NeedsSurvey> OwnAsync(string surveyId, Caller caller, CancellationToken ct)
    {
        var survey = await FindAsync(surveyId, ct);
        if (caller.SchoolId != survey.OwnerSchoolId || !caller.IsInRole(Roles.SchoolAdmin))
        {
            throw new ForbiddenException("只有发起调研的学校的管理员可以发放问卷码和结束调研");
        }
        return survey;
    }

    private async Task<NeedsSurvey> FindAsync(string surveyId, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(surveyId, "survey_id", "调研");
        errors.ThrowIfAny();
        return await db.Surveys.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("调研不存在", "survey_not_found");
    }

    public static Survey ToMessage(NeedsSurvey survey, int responses)
    {
        var message = new Survey
        {
            SurveyId = survey.Id.ToString(), Title = survey.Title, OwnerSchoolId = survey.OwnerSchoolId.ToString(), Groups = { survey.Groups },
            Target = survey.Target, Responses = responses, Closed = survey.IsClosed, CreatedAt = Timestamp.FromDateTimeOffset(survey.CreatedAt),
        };
        message.Questions.Add(survey.Questions.Select(FormQuestions.ToMessage));
        return message;
    }
}
