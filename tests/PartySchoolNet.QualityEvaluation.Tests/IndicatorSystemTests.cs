using Grpc.Core;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.QualityEvaluation.Tests;

/// <summary>The shipped templates, defining a system (and every way its tree can be wrong), freezing and new versions.</summary>
public sealed class IndicatorSystemTests(CampaignWorld world) : IClassFixture<CampaignWorld>
{
    private EvaluationHost Host => world.Host;

    private static IndicatorInput Node(string title, double weight, params IndicatorInput[] children) =>
        new() { Title = title, Weight = weight, Children = { children } };

    private static IndicatorInput Leaf(string title, double weight, ScoringMethod method = ScoringMethod.Range) =>
        new() { Title = title, Weight = weight, Method = method, Rubric = "按要求评分", Evidence = "相关文件" };

    private static IndicatorInput[] ValidTree =>
    [
        Node("组织领导", 40, Node("领导体制", 40, Leaf("书记任校长", 30, ScoringMethod.PassFail), Leaf("定期研究", 10), Leaf("安全事故", 0, ScoringMethod.Veto))),
        Node("培训实施", 60, Node("培训班次", 60, Leaf("班次数量", 60))),
    ];

    [Fact]
    public async Task City_starts_with_the_six_haves_township_template_and_the_county_template()
    {
        var client = await Host.ClientFor("wjb.admin");
        var listed = (await client.ListIndicatorSystemsAsync(new ListIndicatorSystemsRequest())).Systems;
        var township = await Host.TownshipSystemAsync();
        var county = await client.GetIndicatorSystemAsync(new GetIndicatorSystemRequest { SystemId = listed.Single(s => s.Tier == EvaluatedTier.County).SystemId });

        listed.Count.ShouldBeGreaterThanOrEqualTo(2);
        township.Indicators.Select(i => i.Title).ShouldBe(["有组织机构", "有场地设施", "有师资队伍", "有培训计划", "有管理制度", "有经费保障"]);
        county.Indicators.Select(i => i.Title).ShouldBe(["教学", "师资", "科研咨询", "管理", "保障"]);
        foreach (var system in new[] { township, county })
        {
            system.Indicators.Sum(i => i.Weight).ShouldBe(100);
            system.Indicators.ShouldAllBe(i => i.Children.Sum(c => c.Weight) == i.Weight && i.Children.All(c => c.Children.Sum(l => l.Weight) == c.Weight));
            EvaluationHost.Leaves(system.Indicators).ShouldContain(l => l.Method == ScoringMethod.Veto);
        }
        township.LeafCount.ShouldBe(19);
        EvaluationHost.Leaves(township.Indicators).Select(l => l.Title).ShouldContain(t => t.Contains("校务委员会") || t.Contains("文化站") || t.Contains("动态师资库") || t.Contains("财政预算"));
        EvaluationHost.Leaves(township.Indicators).ShouldContain(l => l.Method == ScoringMethod.PassFail && l.FailCap > 0);
    }

    [Fact]
    public async Task A_tree_whose_weights_do_not_add_up_is_refused_field_by_field_and_nothing_is_stored()
    {
        var client = await Host.ClientFor("fy.evaluator");
        var before = await Host.CountAsync("indicator_systems");
        var bonus = Leaf("加减分项", 10, ScoringMethod.BonusDeduction);
        (bonus.Base, bonus.Floor, bonus.Cap) = (4, 5, 10);
        var request = new CreateIndicatorSystemRequest
        {
            Code = "bad-tree", Name = "错误的指标体系", Tier = EvaluatedTier.Township,
            Indicators =
            {
                Node("组织领导", 40, Node("领导体制", 30, Leaf("书记任校长", 20), bonus, Leaf("否决项", 5, ScoringMethod.Veto), Leaf("未选方式", 0, ScoringMethod.Unspecified))),
                Node("培训实施", 59, Node("培训班次", 59, Leaf("班次数量", 59.001))),
            },
        };

        var refused = await client.CreateIndicatorSystemAsync(request).ShouldFailWith(StatusCode.InvalidArgument);

        refused.FieldViolations().ShouldBe(
        [
            "indicators[0].children", "indicators[0].children[0].children", "indicators[0].children[0].children[1].base", "indicators[0].children[0].children[2].weight",
            "indicators[0].children[0].children[3].method", "indicators[1].children[0].children[0].weight", "indicators",
        ], ignoreOrder: true);
        (await Host.CountAsync("indicator_systems")).ShouldBe(before);
    }

    [Fact]
    public async Task A_version_used_by_a_campaign_is_frozen_and_a_change_makes_the_next_version()
    {
        var city = await Host.ClientFor("fy.admin");
        var code = $"pilot-{Guid.NewGuid():N}"[..20];
        var created = await (await Host.ClientFor("fy.evaluator")).CreateIndicatorSystemAsync(new CreateIndicatorSystemRequest
        {
            Code = code, Name = "试点乡镇党校指标", Tier = EvaluatedTier.Township, Indicators = { ValidTree },
        });
        var edited = await city.UpdateIndicatorSystemAsync(new UpdateIndicatorSystemRequest { SystemId = created.SystemId, Name = "试点乡镇党校指标（修订）", Indicators = { ValidTree } });
        edited.Version.ShouldBe(1);
        var campaign = await city.CreateCampaignAsync(Host.Draft("试点评估", created.SystemId,
            new CampaignTargets { SchoolIds = { (await Host.SchoolIdAsync("wjb")).ToString() } }));

        var frozen = await city.UpdateIndicatorSystemAsync(new UpdateIndicatorSystemRequest { SystemId = created.SystemId, Name = "再改", Indicators = { ValidTree } })
            .ShouldFailWith(StatusCode.FailedPrecondition);
        var revised = await city.ReviseIndicatorSystemAsync(new UpdateIndicatorSystemRequest
        {
            SystemId = created.SystemId, Name = "试点乡镇党校指标（第二版）", Indicators = { Node("全部", 100, Node("全部", 100, Leaf("综合", 100))) },
        });

        frozen.Status.Detail.ShouldContain("第1版");
        (revised.Version, revised.Frozen, revised.LeafCount).ShouldBe((2, false, 1));
        (await city.GetIndicatorSystemAsync(new GetIndicatorSystemRequest { SystemId = created.SystemId })).ShouldSatisfyAllConditions(
            s => s.Frozen.ShouldBeTrue(), s => s.LeafCount.ShouldBe(4), s => s.Name.ShouldBe("试点乡镇党校指标（修订）"));
        (await city.GetCampaignAsync(new GetCampaignRequest { CampaignId = campaign.CampaignId })).IndicatorSystemVersion.ShouldBe(1);
        var latest = (await city.ListIndicatorSystemsAsync(new ListIndicatorSystemsRequest { Code = code })).Systems.ShouldHaveSingleItem();
        latest.Version.ShouldBe(2);
        (await city.ListIndicatorSystemsAsync(new ListIndicatorSystemsRequest { Code = code, AllVersions = true })).Systems.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("fn.admin")]
    [InlineData("wjb.admin")]
    [InlineData("fn.evaluator")]
    [InlineData("fy.classmanager")]
    public async Task Only_the_citys_admins_and_evaluators_define_indicator_systems(string user)
    {
        var client = await Host.ClientFor(user);

        await client.CreateIndicatorSystemAsync(new CreateIndicatorSystemRequest
        {
            Code = "not-mine", Name = "越权指标体系", Tier = EvaluatedTier.Township, Indicators = { ValidTree },
        }).ShouldFailWith(StatusCode.PermissionDenied);
    }
}
