using Grpc.Core;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Reporting.Tests;

/// <summary>办学质量评估 results from QualityEvaluation's events through the real broker: latest round only, in any order, scoped.</summary>
public sealed class EvaluationResultsTests(ReportingHost host) : IClassFixture<ReportingHost>
{
    private static readonly string[] Townships = ["fy.fn.wjb", "fy.fn.lc", "fy.fn.fj", "fy.lq.xt", "fy.lq.tq", "fy.lq.yqz"];

    [Fact]
    public async Task A_campaigns_ranking_grades_and_heat_map_match_the_outcomes_it_published()
    {
        var campaign = await new Campaigns(host, 1).FinalizedAsync(Townships);
        await host.PublishAsync([campaign, campaign], "CampaignFinalizedConsumer");

        var report = await ResultsAsync("fy.admin", campaign.CampaignId);

        var outcomes = campaign.Outcomes.OrderBy(o => o.Rank).ThenBy(o => o.SchoolPath, StringComparer.Ordinal).ToList();
        report.Schools.Select(s => $"{s.Rank} {s.SchoolPath} {s.Total} {s.GradeLabel} {string.Join("/", s.IndicatorScores)}")
            .ShouldBe(outcomes.Select(o => $"{o.Rank} {o.SchoolPath} {(double)o.Total} {EvaluationLabels.Grade(o.Grade)} {string.Join("/", o.Indicators!.Select(i => (double)i.Score))}"));
        report.Indicators.Select(i => $"{i.Code} {i.Title} {i.Weight} {i.MeanScore}").ShouldBe(campaign.Outcomes[0].Indicators!.Select(i =>
            $"{i.Code} {i.Title} {(double)i.Weight} {Math.Round(campaign.Outcomes.Average(o => (double)o.Indicators!.Single(x => x.Code == i.Code).Score), 2)}"));
        var grades = report.Selected.Grades;
        new[] { grades.Excellent, grades.Good, grades.Pass, grades.Fail }.ShouldBe(new[] { Grade.Excellent, Grade.Good, Grade.Pass, Grade.Fail }
            .Select(g => campaign.Outcomes.Count(o => o.Grade == g)));
        report.Selected.MeanTotal.ShouldBe(Math.Round((double)campaign.Outcomes.Average(o => o.Total), 2));
        report.Selected.TierLabel.ShouldBe("乡镇党校");
        report.Schools.First(s => s.SchoolPath == "fy.fn.wjb").SchoolName.ShouldBe("王家坝镇党校");
    }

    [Fact]
    public async Task A_later_round_replaces_the_earlier_even_when_the_earlier_arrives_last_and_a_rebuild_gives_the_same_results()
    {
        var campaigns = new Campaigns(host, 2);
        var first = await campaigns.FinalizedAsync(Townships);
        var second = await campaigns.FinalizedAsync(Townships[..4], first);
        await host.PublishAsync([second], "CampaignFinalizedConsumer");
        await host.PublishAsync([first], "CampaignFinalizedConsumer");
        var before = await ResultsAsync("fy.admin", first.CampaignId);

        await (await host.ClientFor("fy.admin")).RebuildReportAsync(new RebuildReportRequest { Report = "evaluation" });

        before.Selected.Round.ShouldBe(2);
        before.Schools.Select(s => s.SchoolPath).ShouldBe(second.Outcomes.OrderBy(o => o.Rank).ThenBy(o => o.SchoolPath, StringComparer.Ordinal).Select(o => o.SchoolPath));
        (await ResultsAsync("fy.admin", first.CampaignId)).ShouldBe(before);
    }

    [Fact]
    public async Task Rectifications_count_open_overdue_and_closed_per_county_even_when_a_closing_arrives_before_its_opening()
    {
        var campaign = await new Campaigns(host, 3).FinalizedAsync(Townships);
        await host.PublishAsync([campaign], "CampaignFinalizedConsumer");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var items = new[]
        {
            Opened(campaign, "fy.fn.wjb", today.AddDays(30)), Opened(campaign, "fy.fn.lc", today.AddDays(-3)), Opened(campaign, "fy.fn.fj", today.AddDays(-3)),
            Opened(campaign, "fy.lq.xt", today.AddDays(10)),
        };
        var closed = items[2];
        await host.PublishAsync([new RectificationClosed(closed.RectificationId, campaign.CampaignId, closed.SchoolId, closed.SchoolPath, DateTimeOffset.UtcNow)], "RectificationClosedConsumer");
        await host.PublishAsync(items, "RectificationOpenedConsumer");

        var report = await ResultsAsync("fy.admin", campaign.CampaignId);

        report.Rectifications.Select(r => $"{r.CountyName} {r.Open} {r.Overdue} {r.Closed}").ShouldBe(["中共阜南县委党校 2 1 1", "中共临泉县委党校 1 0 0"]);
    }

    [Fact]
    public async Task A_county_sees_its_townships_results_a_township_its_own_and_neither_another_countys()
    {
        var campaign = await new Campaigns(host, 4).FinalizedAsync(Townships);
        await host.PublishAsync([campaign], "CampaignFinalizedConsumer");

        var county = await ResultsAsync("fn.admin", campaign.CampaignId);
        var township = await ResultsAsync("wjb.admin", campaign.CampaignId);
        var lq = await host.SchoolIdAsync("lq");
        var otherCounty = await (await host.ClientFor("fn.admin")).GetEvaluationResultsAsync(
            new GetEvaluationResultsRequest { CampaignId = campaign.CampaignId.ToString(), SchoolId = lq.ToString() }).ShouldFailWith(StatusCode.PermissionDenied);
        var unknown = await (await host.ClientFor("fn.admin")).GetEvaluationResultsAsync(
            new GetEvaluationResultsRequest { CampaignId = Guid.NewGuid().ToString() }).ShouldFailWith(StatusCode.NotFound);
        var malformed = await (await host.ClientFor("fn.admin")).GetEvaluationResultsAsync(
            new GetEvaluationResultsRequest { CampaignId = "2027年度" }).ShouldFailWith(StatusCode.InvalidArgument);

        county.Schools.Select(s => s.SchoolPath).Order(StringComparer.Ordinal).ShouldBe(["fy.fn.fj", "fy.fn.lc", "fy.fn.wjb"]);
        county.Selected.Schools.ShouldBe(3);
        township.Schools.Select(s => s.SchoolPath).ShouldBe(["fy.fn.wjb"]);
        township.Schools.Single().Rank.ShouldBe(campaign.Outcomes.Single(o => o.SchoolPath == "fy.fn.wjb").Rank);
        otherCounty.StatusCode.ShouldBe(StatusCode.PermissionDenied);
        unknown.StatusCode.ShouldBe(StatusCode.NotFound);
        malformed.FieldViolations().ShouldBe(["campaign_id"]);
    }

    private static RectificationOpened Opened(CampaignFinalized campaign, string path, DateOnly deadline)
    {
        var outcome = campaign.Outcomes.Single(o => o.SchoolPath == path);
        return new RectificationOpened(Guid.NewGuid(), campaign.CampaignId, outcome.SchoolId, path, "3.2", "教学设施", deadline, DateTimeOffset.UtcNow);
    }

    private async Task<EvaluationResults> ResultsAsync(string userName, Guid campaignId) =>
        await (await host.ClientFor(userName)).GetEvaluationResultsAsync(new GetEvaluationResultsRequest { CampaignId = campaignId.ToString() });
}
