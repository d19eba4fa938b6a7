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
    public async Task<ClassCompleted> CompleteClassAsync(string schoolCode, int trainees, params Guid[] sessionInstructors)
    {
        var school = await host.SchoolIdAsync(schoolCode);
        var path = await TestInfrastructure.ScalarAsync<string>(host.ConnectionString, $"SELECT path FROM schools WHERE id = '{school}'");
        var now = DateTimeOffset.UtcNow;
        var completed = new ClassCompleted(
            new ClassSnapshot
            {
                ClassId = Guid.NewGuid(), OwnerSchoolId = school, OwnerSchoolPath = path, Title = host.Unique("乡村振兴专题培训班"),
                Category = ClassCategory.Capability, Mode = ClassMode.OnSite, StartDate = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-3)),
                EndDate = DateOnly.FromDateTime(now.UtcDateTime), Capacity = trainees, CreditHours = 12,
            },
            sessionInstructors.Length,
            [.. Enumerable.Range(0, trainees).Select(_ => new TraineeCredit(Guid.NewGuid(), Guid.NewGuid(), school, path, PositionLevel.SectionHead, 12, 12, 0))],
            now)
        {
            SessionsTaught = [.. sessionInstructors.Select((instructor, i) => new SessionTaught(Guid.NewGuid(), $"专题{i + 1}", now.AddDays(i - 3), 3, instructor))],
        };
        await host.Services.GetRequiredService<IBus>().Publish(completed);
        await Eventually.Until(() => host.CountAsync("feedback_tickets", $"class_id = '{completed.Class.ClassId}'"), n => n == trainees,
            TimeSpan.FromSeconds(60), $"the feedback codes of class {completed.Class.ClassId}");
        return completed;
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
