using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.QualityEvaluation.Tests;

/// <summary>QualityEvaluation with the demo campaigns on: last year's county and township campaigns, finalized once the tree is in.</summary>
public sealed class DemoCampaignsHost() : DomainServiceHost<QualityEvaluationDbContext>("quality-evaluation",
    new Dictionary<string, string> { ["QualityEvaluation:SeedDemoCampaigns"] = "true" })
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Eventually.Until(() => CountAsync("campaigns", $"phase = {(int)CampaignPhase.Finalized}"), n => n == 2, TimeSpan.FromSeconds(120), "both demo campaigns finalized");
    }

    public async Task<QualityEvaluationService.QualityEvaluationServiceClient> ClientFor(string userName) => new(await ChannelFor(userName));
}

public sealed class DemoCampaignsTests(DemoCampaignsHost host) : IClassFixture<DemoCampaignsHost>
{
    [Fact]
    public async Task Every_county_and_township_school_has_last_years_result_ranked_and_announced_with_its_rectification_items()
    {
        var lastYear = DateTime.UtcNow.AddHours(8).Year - 1;
        var city = await host.ClientFor("fy.admin");
        var campaigns = (await city.ListCampaignsAsync(new ListCampaignsRequest())).Campaigns;

        campaigns.Select(c => c.Name).Order(StringComparer.Ordinal).ShouldBe([$"{lastYear}年度乡镇党校办学质量评估", $"{lastYear}年度县级党校办学质量评估"]);
        foreach (var campaign in campaigns)
        {
            var results = (await city.ListResultsAsync(new ListResultsRequest { CampaignId = campaign.CampaignId, PageSize = 500 })).Results;
            var tier = campaign.Tier == EvaluatedTier.County ? 2 : 3;
            results.Count.ShouldBe((int)await host.CountAsync("schools", $"array_length(string_to_array(path, '.'), 1) = {tier}"));
            results.Min(r => r.Rank).ShouldBe(1);
            results.Select(r => r.GradeLabel).Distinct().Count().ShouldBeGreaterThan(1);
        }
        (await host.CountAsync("outbox_messages", "message_type LIKE '%CampaignFinalized%' AND jsonb_array_length(payload->'outcomes'->0->'indicators') > 0")).ShouldBe(2);
        (await host.CountAsync("rectifications")).ShouldBeGreaterThan(0);
        (await host.CountAsync("outbox_messages", "message_type LIKE '%RectificationOpened%'")).ShouldBe(await host.CountAsync("rectifications"));
    }

    [Fact]
    public async Task A_township_sees_its_own_demo_result()
    {
        var township = await host.ClientFor("wjb.admin");
        var campaign = (await township.ListCampaignsAsync(new ListCampaignsRequest())).Campaigns.Single(c => c.Tier == EvaluatedTier.Township);

        var result = await township.GetSchoolResultAsync(new GetSchoolResultRequest { CampaignId = campaign.CampaignId, SchoolId = (await host.SchoolIdAsync("wjb")).ToString() });

        result.Summary.Total.ShouldBeGreaterThan(0);
        result.Indicators.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Fu_nan_has_the_seed_reports_needs_survey_500_sent_338_returned_129_finding_the_content_narrow_and_185_not_of_use()
    {
        await Eventually.Until(() => host.CountAsync("survey_responses"), n => n == 338, TimeSpan.FromSeconds(60), "the demo survey's answers");
        var county = new NeedsSurveyService.NeedsSurveyServiceClient(await host.ChannelFor("fn.admin"));
        var survey = (await county.ListSurveysAsync(new ListSurveysRequest())).Surveys.Single(s => s.Title == "基层党组织书记培训需求调研");

        var tallies = await county.GetSurveyTalliesAsync(new GetSurveyTalliesRequest { SurveyId = survey.SurveyId });

        (tallies.Target, tallies.Responses).ShouldBe((500, 338));
        var opinion = tallies.Questions.Single(q => q.QuestionKey == "content_opinion").Options.ToDictionary(o => o.Option, o => o.Count);
        (opinion["培训内容单一"], opinion["学用脱节"]).ShouldBe((129, 185));
        tallies.Groups.Sum(g => g.Responses).ShouldBe(338);
        (await county.ListSurveyTicketsAsync(new ListSurveyTicketsRequest { SurveyId = survey.SurveyId })).Used.ShouldBe(338);
    }
}
