using System.Globalization;
using Grpc.Core;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.QualityEvaluation.Tests;

/// <summary>
/// 跟踪问效: a county's class plans follow-ups of its trainees at 1, 3, 6 and 12 months for the township that sent them;
/// the township records them once due; the county and the city read the lists and the completion rates.
/// </summary>
public sealed class FollowUpTests(EvaluationHost host) : IClassFixture<EvaluationHost>
{
    private readonly FeedbackWorld _world = new(host);

    [Fact]
    public async Task A_completed_class_plans_four_follow_ups_per_trainee_due_one_three_six_and_twelve_months_after_its_last_day()
    {
        var ended = FeedbackWorld.ChinaToday().AddDays(-40);
        var recent = await _world.CompleteClassAsync("fn", "wjb", 3, ended);
        var old = await _world.CompleteClassAsync("fn", "wjb", 2, FeedbackWorld.ChinaToday().AddMonths(-14));
        var township = await ClientAsync("wjb.admin");

        var planned = (await township.ListFollowUpsAsync(new ListFollowUpsRequest { ClassId = recent.Class.ClassId.ToString() })).FollowUps;
        var overdue = await township.ListFollowUpsAsync(new ListFollowUpsRequest { ClassId = old.Class.ClassId.ToString(), State = FollowUpState.Overdue });

        planned.Count.ShouldBe(12);
        planned.Select(f => f.CadreName).Distinct().ShouldBe(["学员1", "学员2", "学员3"], ignoreOrder: true);
        planned.ShouldAllBe(f => f.UnitName == "西田坡村");
        foreach (var (stage, months) in new[] { (FollowUpStage.Thinking, 1), (FollowUpStage.Performance, 3), (FollowUpStage.Competence, 6), (FollowUpStage.Results, 12) })
        {
            planned.Where(f => f.Stage == stage).ShouldAllBe(f => f.DueOn == Day(ended.AddMonths(months)));
        }
        planned.Where(f => f.Stage == FollowUpStage.Thinking).ShouldAllBe(f => f.State == FollowUpState.Due && f.StageLabel == "一个月听思想");
        planned.Where(f => f.Stage != FollowUpStage.Thinking).ShouldAllBe(f => f.State == FollowUpState.Upcoming);
        overdue.TotalCount.ShouldBe(8);
    }

    [Fact]
    public async Task Only_the_trainees_school_records_a_follow_up_once_it_is_due_and_the_rates_count_it()
    {
        var completed = await _world.CompleteClassAsync("fn", "wjb", 2, FeedbackWorld.ChinaToday().AddDays(-40));
        var township = await ClientAsync("wjb.admin");
        var listed = (await township.ListFollowUpsAsync(new ListFollowUpsRequest { ClassId = completed.Class.ClassId.ToString() })).FollowUps;
        var due = listed.First(f => f.State == FollowUpState.Due);
        var upcoming = listed.First(f => f.State == FollowUpState.Upcoming);
        var record = new RecordFollowUpRequest { FollowUpId = due.FollowUpId, Rating = 4, Note = "谈心谈话：理论学习主动性明显增强", Mentor = "张书记" };

        var recorded = await township.RecordFollowUpAsync(record);
        var amended = await township.RecordFollowUpAsync(new RecordFollowUpRequest { FollowUpId = due.FollowUpId, Rating = 5, Note = "补充：已在主题党日上讲台分享" });
        var early = await township.RecordFollowUpAsync(new RecordFollowUpRequest { FollowUpId = upcoming.FollowUpId, Rating = 4, Note = "提前填写" })
            .ShouldFailWith(StatusCode.FailedPrecondition);
        await (await ClientAsync("fn.admin")).RecordFollowUpAsync(record).ShouldFailWith(StatusCode.PermissionDenied);
        var invalid = await township.RecordFollowUpAsync(new RecordFollowUpRequest { FollowUpId = due.FollowUpId, Rating = 9, Note = "" })
            .ShouldFailWith(StatusCode.InvalidArgument);
        var county = await (await ClientAsync("fn.admin")).GetFollowUpSummaryAsync(new GetFollowUpSummaryRequest());
        var wjbId = (await host.SchoolIdAsync("wjb")).ToString();
        var wjb = county.Schools.Single(s => s.SchoolId == wjbId);

        recorded.State.ShouldBe(FollowUpState.Done);
        recorded.Mentor.ShouldBe("张书记");
        amended.Rating.ShouldBe(5);
        amended.RecordedAt.ShouldBe(recorded.RecordedAt);
        early.Status.Detail.ShouldContain(upcoming.DueOn);
        invalid.FieldViolations().ShouldBe(["rating", "note"], ignoreOrder: true);
        (await host.CountAsync("outbox_messages", $"message_type LIKE '%FollowUpCompleted%' AND payload->>'followUpId' = '{due.FollowUpId}'")).ShouldBe(1);
        var dueSoFar = await host.CountAsync("follow_ups", $"school_id = '{wjb.SchoolId}' AND due_on <= '{Day(FeedbackWorld.ChinaToday())}'");
        var doneSoFar = await host.CountAsync("follow_ups", $"school_id = '{wjb.SchoolId}' AND recorded_at IS NOT NULL");
        wjb.Due.ShouldBe((int)dueSoFar);
        wjb.Done.ShouldBe((int)doneSoFar);
        wjb.CompletionRate.ShouldBe(Math.Round(100.0 * doneSoFar / dueSoFar, 1));
    }

    [Fact]
    public async Task A_township_sees_its_own_trainees_follow_ups_the_county_and_city_see_all_and_another_county_none()
    {
        var completed = await _world.CompleteClassAsync("fn", "wjb", 2, FeedbackWorld.ChinaToday().AddDays(-5));
        var request = new ListFollowUpsRequest { ClassId = completed.Class.ClassId.ToString() };
        var otherCounty = host.Unique("yz.followup");
        await host.CreateAccountAsync(otherCounty, "yz", Roles.SchoolAdmin);

        var seen = new Dictionary<string, int>();
        foreach (var user in new[] { "wjb.admin", "fn.admin", "fy.admin", otherCounty })
        {
            seen[user] = (await (await ClientAsync(user)).ListFollowUpsAsync(request)).TotalCount;
        }
        await (await ClientAsync("wjb.admin")).ListFollowUpsAsync(new ListFollowUpsRequest { ClassId = "not-an-id" }).ShouldFailWith(StatusCode.InvalidArgument);

        seen.ShouldBe(new Dictionary<string, int> { ["wjb.admin"] = 8, ["fn.admin"] = 8, ["fy.admin"] = 8, [otherCounty] = 0 });
    }

    private async Task<FollowUpService.FollowUpServiceClient> ClientAsync(string userName) => new(await host.ChannelFor(userName));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
