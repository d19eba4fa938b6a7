using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.QualityEvaluation.Tests;

/// <summary>
/// The demo's year of training (completions Enrollment's seeder marks as demo history) arrives with its trainees' answers
/// and its units' follow-ups as they would have been kept; a real completion that ended as long ago gets nothing made up.
/// </summary>
public sealed class DemoHistoryTests(EvaluationHost host) : IClassFixture<EvaluationHost>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly FeedbackWorld _world = new(host);

    [Fact]
    public async Task A_demo_class_that_ended_a_hundred_days_ago_comes_answered_by_most_trainees_then_closes_and_rates_its_instructors()
    {
        var (teacherA, teacherB) = (Guid.NewGuid(), Guid.NewGuid());
        var completed = await _world.PublishAsync(await DemoClassAsync(teacherA, teacherA, teacherB));
        var classId = completed.Class.ClassId.ToString();
        var desk = FeedbackWorld.Desk(await host.ChannelFor("fn.admin"));

        var results = await Eventually.Until(() => desk.GetFeedbackResultsAsync(new GetFeedbackResultsRequest { ClassId = classId }).ResponseAsync,
            r => r.Closed, Deadline, $"the closing of class {classId}'s feedback by the closer");
        var opened = new DateTimeOffset(completed.Class.EndDate.ToDateTime(new TimeOnly(17, 0)), TimeSpan.FromHours(8));
        var outside = await host.CountAsync("feedback_responses",
            $"class_id = '{classId}' AND NOT (submitted_at BETWEEN '{opened.UtcDateTime:O}' AND '{opened.AddDays(14).UtcDateTime:O}')");
        var rated = await host.CountAsync("outbox_messages", $"message_type LIKE '%InstructorRated%' AND payload->>'referenceId' = '{classId}'");

        results.Tickets.ShouldBe(40);
        results.Responses.ShouldBeInRange(24, 38);
        (await host.CountAsync("feedback_tickets", $"class_id = '{classId}' AND used_at IS NOT NULL")).ShouldBe((long)results.Responses);
        outside.ShouldBe(0);
        results.Questions.Single(q => q.QuestionKey == "overall").Mean.ShouldBeInRange(3.5, 5);
        results.Instructors.Select(i => i.InstructorId).ShouldBe([teacherA.ToString(), teacherB.ToString()], ignoreOrder: true);
        results.Instructors.ShouldAllBe(i => !i.Withheld && i.Respondents == results.Responses);
        rated.ShouldBe(2);
    }

    [Fact]
    public async Task A_demo_classs_follow_ups_come_done_overdue_due_and_upcoming_each_recorded_within_its_grace()
    {
        var completed = await _world.PublishAsync(await DemoClassAsync(Guid.NewGuid()));
        var followUps = (await new FollowUpService.FollowUpServiceClient(await host.ChannelFor("wjb.admin")).ListFollowUpsAsync(new ListFollowUpsRequest { ClassId = completed.Class.ClassId.ToString(), PageSize = 200 })).FollowUps;
        int Count(FollowUpStage stage, FollowUpState state) => followUps.Count(f => f.Stage == stage && f.State == state);
        var done = followUps.Where(f => f.State == FollowUpState.Done).ToList();

        (Count(FollowUpStage.Thinking, FollowUpState.Done), Count(FollowUpStage.Thinking, FollowUpState.Overdue)).ShouldBe((35, 5));
        (Count(FollowUpStage.Performance, FollowUpState.Done), Count(FollowUpStage.Performance, FollowUpState.Due)).ShouldBe((16, 24));
        (Count(FollowUpStage.Competence, FollowUpState.Upcoming), Count(FollowUpStage.Results, FollowUpState.Upcoming)).ShouldBe((40, 40));
        done.ShouldAllBe(f => f.Rating >= 3 && f.Rating <= 5 && f.Note.Length > 0 && f.RecordedAt.ToDateTimeOffset() <= DateTimeOffset.UtcNow);
        done.ShouldAllBe(f => DayOf(f.RecordedAt.ToDateTimeOffset()) >= DateOnly.Parse(f.DueOn, System.Globalization.CultureInfo.InvariantCulture)
            && DayOf(f.RecordedAt.ToDateTimeOffset()) <= DateOnly.Parse(f.DueOn, System.Globalization.CultureInfo.InvariantCulture).AddDays(30));
    }

    [Fact]
    public async Task A_real_class_that_ended_as_long_ago_gets_no_made_up_answers_or_follow_ups()
    {
        var completed = await _world.CompleteClassAsync("fn", "wjb", 40, FeedbackWorld.ChinaToday().AddDays(-100), Guid.NewGuid());
        var classId = completed.Class.ClassId.ToString();

        var results = await FeedbackWorld.Desk(await host.ChannelFor("fn.admin")).GetFeedbackResultsAsync(new GetFeedbackResultsRequest { ClassId = classId });

        results.Responses.ShouldBe(0);
        results.Closed.ShouldBeFalse();
        (await host.CountAsync("follow_ups", $"class_id = '{classId}' AND recorded_at IS NOT NULL")).ShouldBe(0);
    }

    /// <summary>40 trainees of 王家坝 in a 阜南 class that ended 100 days ago: its first follow-ups overdue, its second due.</summary>
    private async Task<Enrollment.Contracts.ClassCompleted> DemoClassAsync(params Guid[] sessionInstructors) =>
        await _world.ClassAsync("fn", "wjb", 40, FeedbackWorld.ChinaToday().AddDays(-100), sessionInstructors) with { Demo = true };

    private static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(8)).DateTime);
}
