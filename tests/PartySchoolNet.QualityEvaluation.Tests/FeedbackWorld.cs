using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Testing;

namespace PartySchoolNet.QualityEvaluation.Tests;

/// <summary>
/// Completed classes as Enrollment publishes them, over the real broker, and a trainee's answer sheet: the standard
/// questionnaire's ratings drawn from a seeded random source, so a test can sum the same sheets itself.
/// </summary>
internal sealed class FeedbackWorld(EvaluationHost host)
{
    /// <summary>A class of <paramref name="trainees"/> at the school, completed now, whose sessions the instructors taught in turn.</summary>
    public Task<ClassCompleted> CompleteClassAsync(string schoolCode, int trainees, params Guid[] sessionInstructors) =>
        CompleteClassAsync(schoolCode, schoolCode, trainees, ChinaToday(), sessionInstructors);

    /// <summary>
    /// A class of <paramref name="ownerCode"/> that ended on <paramref name="endDate"/>, its trainees (学员1, 学员2, …) sent by a
    /// unit of <paramref name="traineeCode"/>; waits until both its feedback and its follow-ups are planned.
    /// </summary>
    public async Task<ClassCompleted> CompleteClassAsync(string ownerCode, string traineeCode, int trainees, DateOnly endDate, params Guid[] sessionInstructors) =>
        await PublishAsync(await ClassAsync(ownerCode, traineeCode, trainees, endDate, sessionInstructors));

    /// <summary>Such a completion, not yet published.</summary>
    public async Task<ClassCompleted> ClassAsync(string ownerCode, string traineeCode, int trainees, DateOnly endDate, params Guid[] sessionInstructors)
    {
        var (owner, ownerPath) = await SchoolAsync(ownerCode);
        var (school, path) = await SchoolAsync(traineeCode);
        var now = DateTimeOffset.UtcNow;
        var unit = Guid.NewGuid();
        return new ClassCompleted(
            new ClassSnapshot
            {
                ClassId = Guid.NewGuid(), OwnerSchoolId = owner, OwnerSchoolPath = ownerPath, Title = host.Unique("乡村振兴专题培训班"),
                Category = ClassCategory.Capability, Mode = ClassMode.OnSite, StartDate = endDate.AddDays(-2), EndDate = endDate, Capacity = trainees, CreditHours = 12,
            },
            sessionInstructors.Length,
            [.. Enumerable.Range(1, trainees).Select(i => new TraineeCredit(Guid.NewGuid(), unit, school, path, PositionLevel.SectionHead, 12, 12, 0, $"学员{i}", "西田坡村"))],
            now)
        {
            SessionsTaught = [.. sessionInstructors.Select((instructor, i) => new SessionTaught(Guid.NewGuid(), $"专题{i + 1}", now.AddDays(i - 3), 3, instructor))],
        };
    }

    /// <summary>Publishes the completion and waits until both its feedback and its follow-ups are planned.</summary>
    public async Task<ClassCompleted> PublishAsync(ClassCompleted completed)
    {
        var trainees = completed.Trainees.Count;
        await host.Services.GetRequiredService<IBus>().Publish(completed);
        await Eventually.Until(() => host.CountAsync("feedback_tickets", $"class_id = '{completed.Class.ClassId}'"), n => n == trainees,
            TimeSpan.FromSeconds(60), $"the feedback codes of class {completed.Class.ClassId}");
        await Eventually.Until(() => host.CountAsync("follow_ups", $"class_id = '{completed.Class.ClassId}'"), n => n == 4 * trainees,
            TimeSpan.FromSeconds(60), $"the follow-ups of class {completed.Class.ClassId}");
        return completed;
    }

    public static DateOnly ChinaToday() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private async Task<(Guid Id, string Path)> SchoolAsync(string code)
    {
        var id = await host.SchoolIdAsync(code);
        return (id, await TestInfrastructure.ScalarAsync<string>(host.ConnectionString, $"SELECT path FROM schools WHERE id = '{id}'"));
    }

    public async Task<IReadOnlyList<string>> CodesAsync(ClassCompleted completed, string userName = "fn.admin") =>
        [.. (await Desk(await host.ChannelFor(userName)).ListFeedbackTicketsAsync(new ListFeedbackTicketsRequest { ClassId = completed.Class.ClassId.ToString() }))
            .Tickets.Select(t => t.Code)];

    public static TeachingFeedbackService.TeachingFeedbackServiceClient Desk(global::Grpc.Net.Client.GrpcChannel channel) => new(channel);

    /// <summary>A trainee's client: no token.</summary>
    public FeedbackFormService.FeedbackFormServiceClient Trainee() => new(host.Channel(null));

    /// <summary>Every required question answered: ratings 1–5 from <paramref name="random"/>, one useful aspect, a suggestion.</summary>
    public static SubmitFeedbackRequest Sheet(string code, ClassCompleted completed, Random random)
    {
        var sheet = new SubmitFeedbackRequest { Code = code };
        foreach (var key in new[] { "overall", "organisation", "content_fit" })
        {
            sheet.Answers.Add(new FeedbackAnswer { QuestionKey = key, Score = random.Next(1, 6) });
        }
        sheet.Answers.Add(completed.SessionsTaught.Select(s => new FeedbackAnswer { QuestionKey = "teaching", SessionId = s.SessionId.ToString(), Score = random.Next(1, 6) }));
        sheet.Answers.Add(new FeedbackAnswer { QuestionKey = "most_useful", Choices = { random.Next(2) == 0 ? "履职能力" : "理论素养" } });
        sheet.Answers.Add(new FeedbackAnswer { QuestionKey = "suggestions", Text = $"建议增加现场教学{random.Next(100)}" });
        return sheet;
    }
}
