using Google.Protobuf;
using Grpc.Core;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.ServiceDefaults.Time;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.QualityEvaluation.Tests.EvaluationHost;

namespace PartySchoolNet.QualityEvaluation.Tests;

/// <summary>A township campaign over 王家坝 and 鹿城镇, from self-assessment to results, rectification and reopening.</summary>
public sealed class CampaignFlowTests(CampaignWorld world) : IClassFixture<CampaignWorld>
{
    private const string FailedLeaf = "2.1.2";
    private EvaluationHost Host => world.Host;

    /// <summary>王家坝 fails one 4-point pass/fail leaf and scores full otherwise (96); 鹿城镇 loses 2 points on each of its
    /// 8 range leaves from one evaluator of two, so 1 point each after the mean (92).</summary>
    private async Task<Campaign> ScoredCampaignAsync(Action<CreateCampaignRequest>? adjust = null)
    {
        var campaign = await Host.OpenCampaignAsync(["wjb", "lc"], world.Evaluators, adjust: adjust);
        await Host.SelfAssessAsync("wjb.admin", campaign, "wjb", Full);
        await Host.SelfAssessAsync(CampaignWorld.NeighbourAdmin, campaign, "lc", Full);
        await (await Host.ClientFor("fy.admin")).StartReviewAsync(new CampaignTransitionRequest { CampaignId = campaign.CampaignId });
        foreach (var evaluator in new[] { "fy.evaluator", CampaignWorld.SecondEvaluatorUser })
        {
            await Host.ScoreAllAsync(evaluator, campaign, "wjb", l => l.Code == FailedLeaf ? 0 : Full(l));
        }
        await Host.ScoreAllAsync("fy.evaluator", campaign, "lc", Full);
        await Host.ScoreAllAsync(CampaignWorld.SecondEvaluatorUser, campaign, "lc", l => l.Method == ScoringMethod.Range ? l.Weight - 2 : Full(l));
        return campaign;
    }

    private async Task<Campaign> FinalizeAsync(Campaign campaign) =>
        await (await Host.ClientFor("fy.admin")).FinalizeCampaignAsync(new CampaignTransitionRequest { CampaignId = campaign.CampaignId });

    private Task<long> OutboxAsync(string type, Campaign campaign) =>
        Host.CountAsync("outbox_messages", $"message_type LIKE '%{type}%' AND payload->>'campaignId' = '{campaign.CampaignId}'");

    [Fact]
    public async Task Finalization_totals_grades_and_ranks_every_school_and_opens_rectification_for_a_failed_leaf()
    {
        var campaign = await FinalizeAsync(await ScoredCampaignAsync());

        campaign.Phase.ShouldBe(CampaignPhase.Finalized);
        campaign.Round.ShouldBe(1);
        var results = await (await Host.ClientFor("fy.admin")).ListResultsAsync(new ListResultsRequest { CampaignId = campaign.CampaignId });
        results.Results.Select(r => (r.SchoolName, r.Total, r.Rank, r.GradeLabel)).ShouldBe([("王家坝镇党校", 96, 1, "优秀"), ("鹿城镇党校", 92, 2, "优秀")]);

        var wjb = await (await Host.ClientFor("wjb.admin")).GetSchoolResultAsync(new GetSchoolResultRequest { CampaignId = campaign.CampaignId, SchoolId = (await Host.SchoolIdAsync("wjb")).ToString() });
        wjb.Indicators.Single(i => i.Code == FailedLeaf).ShouldSatisfyAllConditions(i => i.Score.ShouldBe(0), i => i.Passed.ShouldBeFalse());
        wjb.Indicators.Single(i => i.Code == "2").Score.ShouldBe(11);

        var items = await (await Host.ClientFor("wjb.admin")).ListRectificationsAsync(new ListRectificationsRequest { CampaignId = campaign.CampaignId });
        var item = items.Rectifications.ShouldHaveSingleItem();
        (item.IndicatorCode, item.Finding, item.Deadline, item.Status).ShouldBe((FailedLeaf, "未达标", "2027-03-31", RectificationStatus.Open));
        (await OutboxAsync("CampaignFinalized", campaign)).ShouldBe(1);
        (await OutboxAsync("RectificationOpened", campaign)).ShouldBe(1);
        var published = await TestInfrastructure.ScalarAsync<string>(Host.ConnectionString,
            $"SELECT o->>'total' || ' #' || (o->>'rank') FROM outbox_messages, jsonb_array_elements(payload->'outcomes') o " +
            $"WHERE message_type LIKE '%CampaignFinalized%' AND payload->>'campaignId' = '{campaign.CampaignId}' AND o->>'schoolId' = '{await Host.SchoolIdAsync("wjb")}'");
        published.ShouldBe("96 #1");
        var indicators = await TestInfrastructure.ScalarAsync<string>(Host.ConnectionString,
            $"SELECT string_agg((i->>'code') || '=' || (i->>'score'), ' ' ORDER BY i->>'code') FROM outbox_messages, jsonb_array_elements(payload->'outcomes') o, " +
            $"jsonb_array_elements(o->'indicators') i WHERE message_type LIKE '%CampaignFinalized%' AND payload->>'campaignId' = '{campaign.CampaignId}' " +
            $"AND o->>'schoolId' = '{await Host.SchoolIdAsync("wjb")}'");
        indicators.ShouldBe(string.Join(" ", wjb.Indicators.Where(i => !i.Code.Contains('.', StringComparison.Ordinal)).OrderBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => $"{i.Code}={i.Score}")));
    }

    [Fact]
    public async Task School_reports_on_its_rectification_until_the_city_closes_it()
    {
        var campaign = await FinalizeAsync(await ScoredCampaignAsync());
        var school = await Host.ClientFor("wjb.admin");
        var item = (await school.ListRectificationsAsync(new ListRectificationsRequest { CampaignId = campaign.CampaignId })).Rectifications.Single();
        var city = await Host.ClientFor("fy.admin");

        await city.CloseRectificationAsync(new CloseRectificationRequest { RectificationId = item.RectificationId }).ShouldFailWith(StatusCode.FailedPrecondition);
        await (await Host.ClientFor(CampaignWorld.NeighbourAdmin)).ReportRectificationAsync(new ReportRectificationRequest { RectificationId = item.RectificationId, Text = "代报" })
            .ShouldFailWith(StatusCode.PermissionDenied);
        await school.ReportRectificationAsync(new ReportRectificationRequest { RectificationId = item.RectificationId, Text = "已改造教室，可容纳60人" });
        await (await Host.ClientFor("fn.admin")).CloseRectificationAsync(new CloseRectificationRequest { RectificationId = item.RectificationId })
            .ShouldFailWith(StatusCode.PermissionDenied);
        var closed = await city.CloseRectificationAsync(new CloseRectificationRequest { RectificationId = item.RectificationId, Note = "现场复核通过" });

        closed.Status.ShouldBe(RectificationStatus.Closed);
        closed.Reports.Single().Text.ShouldBe("已改造教室，可容纳60人");
        (await OutboxAsync("RectificationClosed", campaign)).ShouldBe(1);
        await school.ReportRectificationAsync(new ReportRectificationRequest { RectificationId = item.RectificationId, Text = "再报" }).ShouldFailWith(StatusCode.FailedPrecondition);
    }

    [Fact]
    public async Task Each_phase_refuses_what_it_does_not_allow()
    {
        var city = await Host.ClientFor("fy.admin");
        var campaign = await Host.OpenCampaignAsync(["wjb"], world.Evaluators);
        var id = new CampaignTransitionRequest { CampaignId = campaign.CampaignId };
        var wjb = (await Host.SchoolIdAsync("wjb")).ToString();

        await Host.ScoreAllAsync("fy.evaluator", campaign, "wjb", Full).ShouldFailWith(StatusCode.FailedPrecondition);
        await city.FinalizeCampaignAsync(id).ShouldFailWith(StatusCode.FailedPrecondition);
        await city.AssignEvaluatorsAsync(new AssignEvaluatorsRequest { CampaignId = campaign.CampaignId, EvaluatorIds = { world.CityEvaluator } })
            .ShouldFailWith(StatusCode.FailedPrecondition);
        await city.OpenSelfAssessmentAsync(id).ShouldFailWith(StatusCode.FailedPrecondition);

        await city.StartReviewAsync(id);
        await Host.SelfAssessAsync("wjb.admin", campaign, "wjb", Full).ShouldFailWith(StatusCode.FailedPrecondition);
        await Host.ScoreAllAsync("fy.evaluator", campaign, "wjb", Full);
        var incomplete = await city.FinalizeCampaignAsync(id).ShouldFailWith(StatusCode.FailedPrecondition);
        incomplete.Status.Detail.ShouldContain("1所学校");

        await Host.ScoreAllAsync(CampaignWorld.SecondEvaluatorUser, campaign, "wjb", Full);
        await city.FinalizeCampaignAsync(id);
        await Host.ScoreAllAsync("fy.evaluator", campaign, "wjb", l => 0, reason: "复核").ShouldFailWith(StatusCode.FailedPrecondition);
        (await city.ListResultsAsync(new ListResultsRequest { CampaignId = campaign.CampaignId })).Results.Single().Total.ShouldBe(100);
        await (await Host.ClientFor("wjb.admin")).GetSelfAssessmentAsync(new GetSelfAssessmentRequest { CampaignId = campaign.CampaignId, SchoolId = wjb });
    }

    [Fact]
    public async Task Opening_self_assessment_needs_an_evaluator_for_every_school()
    {
        var city = await Host.ClientFor("fy.admin");
        var system = await Host.TownshipSystemAsync();
        var campaign = await city.CreateCampaignAsync(Host.Draft("未分配专家的批次", system.SystemId,
            new CampaignTargets { CountyIds = { (await Host.SchoolIdAsync("fn")).ToString() } }));
        campaign.TargetCount.ShouldBe(18, "阜南 has 18 townships");
        await city.AssignEvaluatorsAsync(new AssignEvaluatorsRequest
        {
            CampaignId = campaign.CampaignId, EvaluatorIds = { world.CityEvaluator }, SchoolIds = { (await Host.SchoolIdAsync("wjb")).ToString() },
        });

        var refused = await city.OpenSelfAssessmentAsync(new CampaignTransitionRequest { CampaignId = campaign.CampaignId }).ShouldFailWith(StatusCode.FailedPrecondition);

        refused.Status.Detail.ShouldContain("17所学校");
        (await city.GetCampaignAsync(new GetCampaignRequest { CampaignId = campaign.CampaignId })).Phase.ShouldBe(CampaignPhase.Draft);
    }

    [Fact]
    public async Task Evaluator_is_never_assigned_to_their_own_school_or_county()
    {
        var city = await Host.ClientFor("fy.admin");
        var system = await Host.TownshipSystemAsync();
        var campaign = await city.CreateCampaignAsync(Host.Draft("回避测试", system.SystemId,
            new CampaignTargets { SchoolIds = { (await Host.SchoolIdAsync("wjb")).ToString(), (await Host.SchoolIdAsync("sc")).ToString() } }));
        var county = await Host.AccountIdAsync("fn.evaluator");
        var township = await Host.AccountIdAsync("wjb.evaluator");

        var refused = await city.AssignEvaluatorsAsync(new AssignEvaluatorsRequest
        {
            CampaignId = campaign.CampaignId, EvaluatorIds = { county, township, world.CityEvaluator, Guid.NewGuid().ToString() },
        }).ShouldFailWith(StatusCode.InvalidArgument);

        refused.FieldViolations().ShouldBe(["evaluator_ids[0]", "evaluator_ids[1]", "evaluator_ids[3]"], ignoreOrder: true);
        (await Host.CountAsync("assignments", $"campaign_id = '{campaign.CampaignId}'")).ShouldBe(0);
        var allowed = await city.AssignEvaluatorsAsync(new AssignEvaluatorsRequest
        {
            CampaignId = campaign.CampaignId, EvaluatorIds = { county, township }, SchoolIds = { (await Host.SchoolIdAsync("sc")).ToString() },
        });
        allowed.Assignments.ShouldBe(2, "阜南's evaluators may review 颍上's 慎城镇");
    }

    [Fact]
    public async Task A_disabled_evaluator_cannot_be_assigned_until_their_account_is_enabled_again()
    {
        var city = await Host.ClientFor("fy.admin");
        var identity = await Host.Identity.ClientFor("fy.admin");
        var expert = await Host.CreateAccountAsync(Host.Unique("fy.leaver"), "fy", Roles.Evaluator);
        var system = await Host.TownshipSystemAsync();
        var campaign = await city.CreateCampaignAsync(Host.Draft("停用专家", system.SystemId,
            new CampaignTargets { SchoolIds = { (await Host.SchoolIdAsync("wjb")).ToString() } }));
        Task<long> Assignable(bool value) => Host.CountAsync("evaluators", $"id = '{expert}' AND assignable = {value}");

        await identity.DisableAccountAsync(new DisableAccountRequest { AccountId = expert, Reason = "退休" });
        await Eventually.Until(() => Assignable(false), n => n == 1, TimeSpan.FromSeconds(30), "the disabled evaluator");
        var refused = await city.AssignEvaluatorsAsync(new AssignEvaluatorsRequest { CampaignId = campaign.CampaignId, EvaluatorIds = { expert } })
            .ShouldFailWith(StatusCode.InvalidArgument);
        await identity.EnableAccountAsync(new EnableAccountRequest { AccountId = expert });
        await Eventually.Until(() => Assignable(true), n => n == 1, TimeSpan.FromSeconds(30), "the enabled evaluator");
        var allowed = await city.AssignEvaluatorsAsync(new AssignEvaluatorsRequest { CampaignId = campaign.CampaignId, EvaluatorIds = { expert } });

        refused.FieldViolations().ShouldBe(["evaluator_ids[0]"]);
        refused.Status.Detail.ShouldContain("已停用");
        allowed.Assignments.ShouldBe(1);
    }

    [Fact]
    public async Task Changing_a_score_needs_a_reason_and_leaves_who_when_old_new_and_why()
    {
        var campaign = await Host.OpenCampaignAsync(["wjb"], world.Evaluators);
        await (await Host.ClientFor("fy.admin")).StartReviewAsync(new CampaignTransitionRequest { CampaignId = campaign.CampaignId });
        var evaluator = await Host.ClientFor("fy.evaluator");
        var school = (await Host.SchoolIdAsync("wjb")).ToString();
        ScoreSchoolRequest Score(double value, string reason = "") => new()
        {
            CampaignId = campaign.CampaignId, SchoolId = school, Reason = reason, Scores = { new ScoreInput { IndicatorCode = "1.1.2", Value = value } },
        };
        await evaluator.ScoreSchoolAsync(Score(2));

        var refused = await evaluator.ScoreSchoolAsync(Score(1.5)).ShouldFailWith(StatusCode.InvalidArgument);
        refused.FieldViolations().ShouldBe(["reason"]);
        await evaluator.ScoreSchoolAsync(Score(3.5)).ShouldFailWith(StatusCode.InvalidArgument);
        await evaluator.ScoreSchoolAsync(Score(1.5, "会议纪要只有一次"));
        await evaluator.ScoreSchoolAsync(Score(1.5));

        var changes = (await (await Host.ClientFor("fy.admin")).ListScoreChangesAsync(new ListScoreChangesRequest { CampaignId = campaign.CampaignId, SchoolId = school })).Changes;
        changes.Select(c => (c.HasOldValue ? c.OldValue : (double?)null, c.NewValue, c.Reason)).ShouldBe([(null, 2, ""), (2, 1.5, "会议纪要只有一次")]);
        changes.ShouldAllBe(c => c.ChangedByName == "中共阜阳市委党校评估专家" && c.EvaluatorId == world.CityEvaluator);
        await (await Host.ClientFor("fy.evaluator")).ListScoreChangesAsync(new ListScoreChangesRequest { CampaignId = campaign.CampaignId, SchoolId = school })
            .ShouldFailWith(StatusCode.PermissionDenied);
    }

    [Fact]
    public async Task Only_an_audited_reopening_by_the_city_changes_final_scores()
    {
        var campaign = await FinalizeAsync(await ScoredCampaignAsync());
        var id = new CampaignTransitionRequest { CampaignId = campaign.CampaignId, Reason = "王家坝补充教室佐证，申请复核" };
        var city = await Host.ClientFor("fy.admin");

        await (await Host.ClientFor("fn.admin")).ReopenCampaignAsync(id).ShouldFailWith(StatusCode.PermissionDenied);
        await (await Host.ClientFor("fy.evaluator")).ReopenCampaignAsync(id).ShouldFailWith(StatusCode.PermissionDenied);
        (await city.ReopenCampaignAsync(new CampaignTransitionRequest { CampaignId = campaign.CampaignId }).ShouldFailWith(StatusCode.InvalidArgument))
            .FieldViolations().ShouldBe(["reason"]);
        (await city.ReopenCampaignAsync(id)).Phase.ShouldBe(CampaignPhase.Review);
        await (await Host.ClientFor("wjb.admin")).ListResultsAsync(new ListResultsRequest { CampaignId = campaign.CampaignId }).ShouldFailWith(StatusCode.FailedPrecondition);
        foreach (var evaluator in new[] { "fy.evaluator", CampaignWorld.SecondEvaluatorUser })
        {
            await Host.ScoreAllAsync(evaluator, campaign, "wjb", Full, reason: "补充佐证后复核达标");
        }
        var refinalized = await FinalizeAsync(campaign);

        refinalized.Round.ShouldBe(2);
        var results = await city.ListResultsAsync(new ListResultsRequest { CampaignId = campaign.CampaignId });
        (results.Round, results.Results[0].SchoolName, results.Results[0].Total).ShouldBe((2, "王家坝镇党校", 100));
        var history = (await city.ListCampaignHistoryAsync(new ListCampaignHistoryRequest { CampaignId = campaign.CampaignId })).Entries;
        history.Select(h => h.To).ShouldBe([CampaignPhase.SelfAssessment, CampaignPhase.Review, CampaignPhase.Finalized, CampaignPhase.Review, CampaignPhase.Finalized]);
        history[3].ShouldSatisfyAllConditions(h => h.From.ShouldBe(CampaignPhase.Finalized), h => h.Reason.ShouldBe(id.Reason), h => h.ActorName.ShouldBe("中共阜阳市委党校管理员"));
        (await OutboxAsync("CampaignFinalized", campaign)).ShouldBe(2);
        (await OutboxAsync("RectificationOpened", campaign)).ShouldBe(1, "the earlier round's item stays; no second one for the same leaf");
    }

    [Fact]
    public async Task Submitting_needs_every_leaf_and_a_submitted_self_assessment_stays_as_it_is()
    {
        var campaign = await Host.OpenCampaignAsync(["wjb"], world.Evaluators);
        var client = await Host.ClientFor("wjb.admin");
        var school = (await Host.SchoolIdAsync("wjb")).ToString();
        await client.SaveSelfAssessmentAsync(new SaveSelfAssessmentRequest
        {
            CampaignId = campaign.CampaignId, SchoolId = school, Entries = { new SelfAssessmentEntryInput { IndicatorCode = "1.1.1", Value = 1, Narrative = "书记兼任校长" } },
        });

        (await client.SubmitSelfAssessmentAsync(new SubmitSelfAssessmentRequest { CampaignId = campaign.CampaignId, SchoolId = school }).ShouldFailWith(StatusCode.FailedPrecondition))
            .Status.Detail.ShouldContain("18个观测点");
        await Host.SelfAssessAsync("wjb.admin", campaign, "wjb", l => l.Code == "1.1.2" ? 1.5 : Full(l));
        var submitted = await client.GetSelfAssessmentAsync(new GetSelfAssessmentRequest { CampaignId = campaign.CampaignId, SchoolId = school });

        submitted.State.ShouldBe(SelfAssessmentState.Submitted);
        submitted.ClaimedTotal.ShouldBe(98.5);
        submitted.Entries.Single(e => e.IndicatorCode == "1.1.1").Narrative.ShouldBe("已落实");
        await Host.SelfAssessAsync("wjb.admin", campaign, "wjb", Full).ShouldFailWith(StatusCode.FailedPrecondition);
    }

    [Fact]
    public async Task Scores_racing_finalization_either_count_in_the_results_or_are_refused()
    {
        var campaign = await ScoredCampaignAsync();
        var city = await Host.ClientFor("fy.admin");
        var evaluator = await Host.ClientFor("fy.evaluator");
        var school = (await Host.SchoolIdAsync("lc")).ToString();
        var changes = Enumerable.Range(0, 30).Select(i => TenancyMatrix.StatusOf(evaluator.ScoreSchoolAsync(new ScoreSchoolRequest
        {
            CampaignId = campaign.CampaignId, SchoolId = school, Reason = $"第{i}次复核",
            Scores = { new ScoreInput { IndicatorCode = "3.1.1", Value = i % 9 } },
        }).ResponseAsync)).ToList();
        var finalize = city.FinalizeCampaignAsync(new CampaignTransitionRequest { CampaignId = campaign.CampaignId }).ResponseAsync;

        var outcomes = await Task.WhenAll(changes);
        await finalize;

        outcomes.ShouldAllBe(s => s == StatusCode.OK || s == StatusCode.FailedPrecondition);
        var stored = await TestInfrastructure.ScalarAsync<decimal>(Host.ConnectionString,
            $"SELECT avg(value) FROM scores WHERE campaign_id = '{campaign.CampaignId}' AND school_id = '{school}' AND indicator_code = '3.1.1'");
        var result = await city.GetSchoolResultAsync(new GetSchoolResultRequest { CampaignId = campaign.CampaignId, SchoolId = school });
        result.Indicators.Single(i => i.Code == "3.1.1").Score.ShouldBe((double)Math.Round(stored, 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public async Task Rectification_not_closed_by_its_deadline_is_overdue_until_the_city_closes_it()
    {
        var today = ChinaTime.Day(DateTimeOffset.UtcNow);
        var late = await FinalizeAsync(await ScoredCampaignAsync(r => Dates(r, today.AddDays(-90), today.AddDays(-60), today.AddDays(-1))));
        var due = await FinalizeAsync(await ScoredCampaignAsync(r => Dates(r, today.AddDays(-30), today, today.AddDays(1))));
        var school = await Host.ClientFor("wjb.admin");
        async Task<(string Campaign, bool Overdue)[]> OverdueListAsync() =>
            [.. (await school.ListRectificationsAsync(new ListRectificationsRequest { OverdueOnly = true })).Rectifications
                .Where(r => r.CampaignId == late.CampaignId || r.CampaignId == due.CampaignId)
                .Select(r => (r.CampaignId == late.CampaignId ? "late" : "due", r.Overdue))];

        (await OverdueListAsync()).ShouldBe([("late", true)]);
        (await school.ListRectificationsAsync(new ListRectificationsRequest { CampaignId = due.CampaignId })).Rectifications.Single().Overdue.ShouldBeFalse();
        var item = (await school.ListRectificationsAsync(new ListRectificationsRequest { CampaignId = late.CampaignId })).Rectifications.Single();
        (await school.ReportRectificationAsync(new ReportRectificationRequest { RectificationId = item.RectificationId, Text = "已补齐" })).Overdue.ShouldBeTrue();
        (await (await Host.ClientFor("fy.admin")).CloseRectificationAsync(new CloseRectificationRequest { RectificationId = item.RectificationId })).Overdue.ShouldBeFalse();
        (await OverdueListAsync()).ShouldBeEmpty();
    }

    private static void Dates(CreateCampaignRequest request, DateOnly start, DateOnly end, DateOnly deadline) =>
        (request.WindowStart, request.WindowEnd, request.RectificationDeadline) = (TimeInput.Format(start), TimeInput.Format(end), TimeInput.Format(deadline));

    [Fact]
    public async Task Campaign_list_shows_each_school_the_campaigns_that_target_its_scope_counting_only_its_own_targets()
    {
        var both = await Host.OpenCampaignAsync(["wjb", "lc"], world.Evaluators);
        var lcOnly = await Host.OpenCampaignAsync(["lc"], world.Evaluators);

        async Task<(string Campaign, int Targets)[]> ListedAsync(string userName) =>
            [.. (await (await Host.ClientFor(userName)).ListCampaignsAsync(new ListCampaignsRequest { Phase = CampaignPhase.SelfAssessment })).Campaigns
                .Where(c => c.CampaignId == both.CampaignId || c.CampaignId == lcOnly.CampaignId)
                .Select(c => (c.CampaignId == both.CampaignId ? "both" : "lc", c.TargetCount))];

        (await ListedAsync("fy.admin")).ShouldBe([("lc", 1), ("both", 2)], "newest first");
        (await ListedAsync("fn.admin")).ShouldBe([("lc", 1), ("both", 2)]);
        (await ListedAsync(CampaignWorld.NeighbourAdmin)).ShouldBe([("lc", 1), ("both", 1)]);
        (await ListedAsync("wjb.admin")).ShouldBe([("both", 1)]);
        both.IndicatorSystemName.ShouldBe("乡镇（街道）党校“六个有”建设评估指标体系");
    }

    [Fact]
    public async Task Progress_shows_each_school_its_claims_evidence_and_scores_entered_and_a_township_only_itself()
    {
        var campaign = await Host.OpenCampaignAsync(["wjb", "lc"], world.Evaluators);
        var wjb = (await Host.SchoolIdAsync("wjb")).ToString();
        var school = await Host.ClientFor("wjb.admin");
        var draft = new SaveSelfAssessmentRequest { CampaignId = campaign.CampaignId, SchoolId = wjb };
        string[] claimed = ["1.1.1", "1.1.2"];
        draft.Entries.Add(claimed.Select(code => new SelfAssessmentEntryInput { IndicatorCode = code, Value = 1, Narrative = "已落实" }));
        await school.SaveSelfAssessmentAsync(draft);
        await school.UploadEvidenceAsync(new UploadEvidenceRequest
        {
            CampaignId = campaign.CampaignId, SchoolId = wjb, IndicatorCode = "1.1.1", FileName = "任职文件.pdf", Content = ByteString.CopyFrom("%PDF-1.7\n任职文件"u8),
        });
        await Host.SelfAssessAsync(CampaignWorld.NeighbourAdmin, campaign, "lc", Full);
        await (await Host.ClientFor("fy.admin")).StartReviewAsync(new CampaignTransitionRequest { CampaignId = campaign.CampaignId });
        await Host.ScoreAllAsync("fy.evaluator", campaign, "lc", Full);

        async Task<(string School, SelfAssessmentState State, int Claimed, int Evidence, int Evaluators, int Scored)[]> ProgressAsync(string userName) =>
            [.. (await (await Host.ClientFor(userName)).ListCampaignProgressAsync(new ListCampaignProgressRequest { CampaignId = campaign.CampaignId })).Schools
                .Select(s => (s.SchoolName, s.SelfAssessment, s.Claimed, s.EvidenceFiles, s.Evaluators, s.Scored))];

        var leaves = (await (await Host.ClientFor("fy.admin")).ListCampaignProgressAsync(new ListCampaignProgressRequest { CampaignId = campaign.CampaignId })).LeafCount;
        leaves.ShouldBe(Leaves((await Host.TownshipSystemAsync()).Indicators).Count());
        (await ProgressAsync("fy.admin")).ShouldBe(
        [
            ("王家坝镇党校", SelfAssessmentState.Draft, 2, 1, 2, 0),
            ("鹿城镇党校", SelfAssessmentState.Submitted, leaves, 0, 2, leaves),
        ], ignoreOrder: true);
        (await ProgressAsync("fn.admin")).Length.ShouldBe(2);
        (await ProgressAsync(CampaignWorld.NeighbourAdmin)).ShouldBe([("鹿城镇党校", SelfAssessmentState.Submitted, leaves, 0, 2, leaves)]);
        (await ProgressAsync(CampaignWorld.SecondEvaluatorUser)).Length.ShouldBe(2, "assigned to both");
    }
}
