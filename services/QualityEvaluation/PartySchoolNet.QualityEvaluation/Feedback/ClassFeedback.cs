using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>
/// A class's feedback for the schools: its codes and its closing for the class's own managers, its results for everyone
/// whose scope holds the class (free text only for the class's own managers).
/// </summary>
internal sealed class ClassFeedback(QualityEvaluationDbContext db, FeedbackClosing closing, IOptions<QualityEvaluationOptions> options)
{
    private static readonly string[] Managers = [Roles.SchoolAdmin, Roles.ClassManager];

    public async Task<ListFeedbackTicketsResponse> ListTicketsAsync(ListFeedbackTicketsRequest request, Caller caller, CancellationToken ct)
    {
        var form = await ManagedAsync(request.ClassId, caller, ct);
        var tickets = await db.FeedbackTickets.AsNoTracking().Where(t => t.ClassId == form.ClassId).OrderBy(t => t.Code).ToListAsync(ct);
        var response = new ListFeedbackTicketsResponse { Used = tickets.Count(t => t.UsedAt is not null) };
        response.Tickets.Add(tickets.Select(t => new Contracts.FeedbackTicket { Code = OneTimeCode.Printed(t.Code), Used = t.UsedAt is not null }));
        return response;
    }

    public async Task<Contracts.FeedbackResults> GetAsync(GetFeedbackResultsRequest request, Caller caller, CancellationToken ct)
    {
        var form = await FindAsync(request.ClassId, ct);
        caller.EnsureCanSee(form.OwnerSchoolPath);
        return await ResultsAsync(form, caller, ct);
    }

    public async Task<Contracts.FeedbackResults> CloseAsync(CloseFeedbackRequest request, Caller caller, CancellationToken ct)
    {
        var form = await ManagedAsync(request.ClassId, caller, ct);
        await closing.CloseAsync(form, ct);
        return await ResultsAsync(form, caller, ct);
    }

    private async Task<FeedbackForm> ManagedAsync(string classId, Caller caller, CancellationToken ct)
    {
        var form = await FindAsync(classId, ct);
        if (caller.SchoolId != form.OwnerSchoolId || !caller.IsInAnyRole(Managers))
        {
            throw new ForbiddenException("只有举办本班的学校的管理员或班主任可以发放反馈码和结束评估");
        }
        return form;
    }

    private async Task<FeedbackForm> FindAsync(string classId, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(classId, "class_id", "班次");
        errors.ThrowIfAny();
        return await db.FeedbackForms.FirstOrDefaultAsync(f => f.ClassId == id, ct)
            ?? throw new NotFoundException("该班次没有教学评估（班次结业后才会生成）", "feedback_not_found");
    }

    private async Task<Contracts.FeedbackResults> ResultsAsync(FeedbackForm form, Caller caller, CancellationToken ct)
    {
        var responses = await db.FeedbackResponses.AsNoTracking().Where(r => r.ClassId == form.ClassId).ToListAsync(ct);
        var min = options.Value.MinRespondents;
        var tally = new FeedbackTally(form, responses, min);
        var results = new Contracts.FeedbackResults
        {
            ClassId = form.ClassId.ToString(), ClassTitle = form.ClassTitle, Tickets = form.Tickets, Responses = tally.Responses,
            ResponseRate = tally.ResponseRate, ClosesAt = Timestamp.FromDateTimeOffset(form.ClosesAt), Closed = form.IsClosed, MinRespondents = min,
        };
        var ownManagers = caller.SchoolId == form.OwnerSchoolId && caller.IsInAnyRole(Managers);
        results.Questions.Add(form.Questions.Select(q => QuestionTally.Of(q, [.. tally.AnswersTo(q.Key)], ownManagers)));
        var taught = form.Sessions.Where(s => s.InstructorId is not null).Select(s => s.InstructorId!.Value).Distinct().ToList();
        var names = await db.InstructorNames.AsNoTracking().Where(n => taught.Contains(n.InstructorId)).ToDictionaryAsync(n => n.InstructorId, n => n.Name, ct);
        string NameOf(Guid? id) => id is { } known ? names.GetValueOrDefault(known, "") : "";
        results.Sessions.Add(form.Sessions.Select(s => (s, score: tally.Session(s.SessionId))).Select(x => new SessionResult
        {
            SessionId = x.s.SessionId.ToString(), Title = x.s.Title, InstructorId = x.s.InstructorId?.ToString() ?? "", InstructorName = NameOf(x.s.InstructorId),
            Respondents = x.score.Respondents, Score = x.score.Score, Withheld = x.score.Withheld,
        }));
        results.Instructors.Add(form.SessionsByInstructor().Select(i => (i, score: tally.Instructor(i))).Select(x => new InstructorResult
        {
            InstructorId = x.i.Key.ToString(), Name = NameOf(x.i.Key), Sessions = x.i.Count(), Respondents = x.score.Respondents, Score = x.score.Score, Withheld = x.score.Withheld,
        }));
        return results;
    }
}
