using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.QualityEvaluation.Feedback;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.QualityEvaluation.Seeding;

/// <summary>
/// A demo class's feedback as its trainees gave it: open from the evening the class ended, 60–95 % of its codes answered
/// within the window (and before the demo arrived), mostly satisfied, now and then a suggestion. Decided by the class alone.
/// </summary>
internal static class DemoFeedback
{
    private static readonly TimeOnly ClassEnds = new(17, 0);

    private static readonly string[] Suggestions =
    [
        "希望增加现场教学和案例教学的比重", "建议课程更多结合乡村振兴工作实际", "希望多安排学员交流研讨时间",
        "授课内容丰富，建议适当延长培训时间", "建议培训安排避开农忙季节", "希望多请基层一线的优秀书记讲经验",
    ];

    public static DateTimeOffset OpenedAt(ClassCompleted completed)
    {
        var ended = ChinaTime.Instant(completed.Class.EndDate, ClassEnds);
        return ended < completed.OccurredAt ? ended : completed.OccurredAt;
    }

    /// <summary>The answer sheets of the class, each spending one of its codes when it was handed in.</summary>
    public static List<FeedbackResponse> Answer(FeedbackForm form, IReadOnlyList<FeedbackTicket> tickets, DateTimeOffset now)
    {
        var random = DemoRandom.For("feedback:" + form.ClassId);
        var answering = (form.ClosesAt < now ? form.ClosesAt : now) - form.OpenedAt;
        var sheets = new List<FeedbackResponse>();
        foreach (var ticket in tickets.Take(tickets.Count * random.Next(60, 96) / 100))
        {
            var at = form.OpenedAt + answering * random.NextDouble();
            ticket.Spend(at);
            sheets.Add(FeedbackResponse.Of(form.ClassId, [.. form.Questions.SelectMany(q => Answers(q, form.Sessions, random))], at));
        }
        return sheets;
    }

    private static IEnumerable<FeedbackAnswer> Answers(FeedbackQuestion question, IReadOnlyList<SessionTaught> sessions, Random random) =>
        (question.PerSession ? sessions.Select(s => (Guid?)s.SessionId) : [null])
            .Select(sessionId => Answer(question, sessionId, random))
            .Where(a => a.Score is not null || a.Choices.Count > 0 || a.Text.Length > 0);

    private static FeedbackAnswer Answer(FeedbackQuestion question, Guid? sessionId, Random random) => question.Kind switch
    {
        QuestionKind.Rating5 => new(question.Key, sessionId, Satisfied(random), [], ""),
        QuestionKind.Rating100 => new(question.Key, sessionId, 100 - (10 * (5 - Satisfied(random))) - random.Next(6), [], ""),
        QuestionKind.SingleChoice => new(question.Key, sessionId, null, [question.Options[random.Next(question.Options.Count)]], ""),
        QuestionKind.MultipleChoice => new(question.Key, sessionId, null,
            [.. question.Options.Where(_ => random.Next(3) == 0).DefaultIfEmpty(question.Options[random.Next(question.Options.Count)])], ""),
        QuestionKind.Ranking => new(question.Key, sessionId, null, [.. question.Options.OrderBy(_ => random.Next())], ""),
        _ => new(question.Key, sessionId, null, [], random.Next(4) == 0 ? Suggestions[random.Next(Suggestions.Length)] : ""),
    };

    /// <summary>1–5, mostly 4 and 5, as classes' evaluations come out.</summary>
    private static int Satisfied(Random random) => random.Next(100) switch
    {
        < 55 => 5,
        < 88 => 4,
        < 97 => 3,
        _ => 2,
    };
}
