using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Platform.Tests;

/// <summary>
/// The city evaluates all 108 township schools of the demo network through the gateway: each school self-assesses with
/// evidence, two city evaluators score every school, the city finalizes; totals, grades and ranks are then checked
/// against a calculation made here from the same scores.
/// </summary>
[Collection(PlatformTests.Name)]
public sealed class QualityCampaignTests(PlatformFixture platform)
{
    private const int Parallelism = 6;

    [Fact]
    public async Task City_campaign_over_every_township_school_ranks_them_as_an_independent_calculation_does()
    {
        var cityToken = await platform.TokenAsync("fy.admin");
        var json = platform.Http(cityToken);
        var city = Client(cityToken);
        var identity = await platform.IdentityThroughGatewayAsync("fy.admin");
        var townships = await DemoTownshipsAsync(identity);
        townships.Count.ShouldBe(108);
        var cityId = (await identity.WhoAmIAsync(new WhoAmIRequest())).SchoolId;
        var experts = new[] { "qa.expert1", "qa.expert2" };
        var expertIds = new List<string>();
        foreach (var expert in experts)
        {
            expertIds.Add((await Politely(() => identity.CreateAccountAsync(Account(expert, cityId, Roles.Evaluator)).ResponseAsync)).AccountId);
        }

        var systems = await json.GetFromJsonAsync<JsonElement>("/api/v1/quality-evaluation/indicator-systems?code=township-six-haves");
        var systemId = systems.GetProperty("systems")[0].GetProperty("systemId").GetString()!;
        var tree = (await city.GetIndicatorSystemAsync(new GetIndicatorSystemRequest { SystemId = systemId })).Indicators;
        var leaves = Leaves(tree).ToArray();
        var created = await json.PostAsJsonAsync("/api/v1/quality-evaluation/campaigns", new
        {
            name = "2026年度全市乡镇党校“六个有”建设评估", indicator_system_id = systemId, targets = new { school_ids = townships.Select(s => s.SchoolId) },
            window_start = "2026-11-01", window_end = "2026-12-31", combine_rule = "COMBINE_RULE_MEAN", rectification_deadline = "2027-03-31",
        });
        created.EnsureSuccessStatusCode();
        var campaign = await created.Content.ReadFromJsonAsync<JsonElement>();
        var campaignId = campaign.GetProperty("campaignId").GetString()!;
        campaign.GetProperty("targetCount").GetInt32().ShouldBe(108);
        await Eventually.Until(() => TenancyMatrix.StatusOf(city.AssignEvaluatorsAsync(new AssignEvaluatorsRequest { CampaignId = campaignId, EvaluatorIds = { expertIds } }).ResponseAsync),
            status => status == Grpc.Core.StatusCode.OK, TimeSpan.FromSeconds(60), "the experts known to quality evaluation");
        (await json.PostAsJsonAsync($"/api/v1/quality-evaluation/campaigns/{campaignId}:open-self-assessment", new { })).EnsureSuccessStatusCode();

        await Parallel.ForEachAsync(townships, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (school, ct) =>
            await SelfAssessAsync(identity, campaignId, school, leaves));
        (await json.PostAsJsonAsync($"/api/v1/quality-evaluation/campaigns/{campaignId}:start-review", new { })).EnsureSuccessStatusCode();
        var scores = townships.SelectMany(s => experts.Select(e => (School: s, Expert: e))).ToDictionary(x => (x.School.SchoolId, x.Expert), x => Values(x.School, x.Expert, leaves));
        var expertClients = new Dictionary<string, QualityEvaluationService.QualityEvaluationServiceClient>();
        foreach (var expert in experts)
        {
            expertClients[expert] = Client(await Politely(() => platform.TokenAsync(expert)));
        }
        await Parallel.ForEachAsync(scores, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (entry, ct) =>
        {
            var request = new ScoreSchoolRequest { CampaignId = campaignId, SchoolId = entry.Key.SchoolId };
            request.Scores.Add(entry.Value.Select(v => new ScoreInput { IndicatorCode = v.Key, Value = v.Value, Comment = "现场核查" }));
            await Politely(() => expertClients[entry.Key.Expert].ScoreSchoolAsync(request, cancellationToken: ct).ResponseAsync);
        });
        (await city.FinalizeCampaignAsync(new CampaignTransitionRequest { CampaignId = campaignId })).Round.ShouldBe(1);

        var expected = Expected(tree, townships.Select(s => (s.SchoolId, experts.Select(e => scores[(s.SchoolId, e)]).ToArray())).ToArray());
        var results = await json.GetFromJsonAsync<JsonElement>($"/api/v1/quality-evaluation/campaigns/{campaignId}/results?page_size=200");
        var actual = results.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("schoolId").GetString()!,
            r => (Total: r.GetProperty("total").GetDecimal(), Grade: r.GetProperty("gradeLabel").GetString()!, Rank: r.GetProperty("rank").GetInt32()));
        actual.Count.ShouldBe(108);
        foreach (var (schoolId, want) in expected)
        {
            actual[schoolId].ShouldBe(want, townships.Single(s => s.SchoolId == schoolId).Name);
        }
        expected.Values.Select(v => v.Grade).Distinct().Count().ShouldBeGreaterThanOrEqualTo(3, "the scores spread the schools over several grades");

        var wjb = townships.Single(s => s.Code == "wjb");
        var own = await platform.Http(await platform.TokenAsync("wjb.qa")).GetFromJsonAsync<JsonElement>($"/api/v1/quality-evaluation/campaigns/{campaignId}/results");
        own.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("rank").GetInt32()).ShouldBe([expected[wjb.SchoolId].Rank]);
        var badScore = await platform.Http(await platform.TokenAsync(experts[0])).PutAsJsonAsync(
            $"/api/v1/quality-evaluation/campaigns/{campaignId}/scores/{wjb.SchoolId}", new { scores = new[] { new { indicator_code = "1.1.2", value = 99 } } });
        badScore.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    /// <summary>The demo network's township schools, without those other platform tests register (which "all of the tier" would take in).</summary>
    private static async Task<List<School>> DemoTownshipsAsync(IdentityService.IdentityServiceClient identity)
    {
        var townships = new List<School>();
        var request = new ListSchoolsRequest { Tier = SchoolTier.Township, PageSize = 1000 };
        do
        {
            var page = await identity.ListSchoolsAsync(request);
            townships.AddRange(page.Schools.Where(s => !ReliableMessagingTests.IsTestSchool(s.Code)));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken != "");
        return townships;
    }

    private QualityEvaluationService.QualityEvaluationServiceClient Client(string token) => new(GrpcTesting.Channel(platform.GatewayGrpc, token));

    private static CreateAccountRequest Account(string userName, string schoolId, string role) => new()
    {
        UserName = userName, DisplayName = $"评估测试{userName}", Password = Tokens.DemoPassword, SchoolId = schoolId, Roles = { role },
    };

    /// <summary>The school's admin (created for the test) claims full marks with a narrative, attaches a PDF and submits, over JSON.</summary>
    private async Task SelfAssessAsync(IdentityService.IdentityServiceClient identity, string campaignId, School school, Indicator[] leaves)
    {
        var userName = $"{school.Code}.qa";
        await Politely(() => identity.CreateAccountAsync(Account(userName, school.SchoolId, Roles.SchoolAdmin)).ResponseAsync);
        var http = platform.Http(await Politely(() => platform.TokenAsync(userName)));
        var path = $"/api/v1/quality-evaluation/campaigns/{campaignId}/self-assessments/{school.SchoolId}";
        (await http.PutAsJsonAsync(path, new
        {
            entries = leaves.Select(l => new { indicator_code = l.Code, value = l.Method == ScoringMethod.Range ? l.Weight : l.Method == ScoringMethod.BonusDeduction ? 0 : 1, narrative = $"{school.Name}已落实" }),
        })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"{path}/evidence", new
        {
            indicator_code = leaves[0].Code, file_name = "任职文件.pdf", content_type = "application/pdf", content = Convert.ToBase64String("%PDF-1.7 任职文件"u8.ToArray()),
        })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"{path}:submit", new { })).EnsureSuccessStatusCode();
    }

    /// <summary>One evaluator's values for one school, the same on every run: mostly good, some failed leaves, a few vetoed schools.</summary>
    private static Dictionary<string, double> Values(School school, string expert, Indicator[] leaves)
    {
        var random = new Random(HashCode.Combine(StableHash(school.Code), StableHash(expert)));
        var vetoed = StableHash(school.Code) % 20 == 3;
        var strength = 0.45 + (StableHash(school.Code) % 55 / 100.0);
        return leaves.ToDictionary(l => l.Code, l => l.Method switch
        {
            ScoringMethod.Range => Math.Round(l.Weight * Math.Clamp(strength + ((random.NextDouble() - 0.5) * 0.3), 0, 1) * 2, MidpointRounding.AwayFromZero) / 2,
            ScoringMethod.BonusDeduction => random.Next((int)(l.Floor - l.Base) * 2 - 2, (int)(l.Cap - l.Base) * 2 + 3) / 2.0,
            ScoringMethod.PassFail => random.NextDouble() < strength + 0.1 ? 1 : 0,
            _ => vetoed ? 0 : 1,
        });
    }

    /// <summary>
    /// The gateway lets each client (and each address before sign-in) make 100 requests per 5 s here; a well-behaved
    /// script told 429 waits a moment and tries again, as this one does for its bursts of accounts, tokens and scores.
    /// </summary>
    private static async Task<T> Politely<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception ex) when (attempt < 30 && ex.Message.Contains("429", StringComparison.Ordinal))
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c)) & int.MaxValue;

    /// <summary>
    /// The rules as the README states them, worked out here: each leaf's points combine by the mean and round to two decimals
    /// (half away from zero); pass/fail and veto leaves pass when at least half the evaluators pass them; a level-1
    /// indicator is capped by a failed leaf's fail cap; a failed veto grades 不合格; ranks are by total, vetoed last, ties shared.
    /// </summary>
    private static Dictionary<string, (decimal Total, string Grade, int Rank)> Expected(
        IEnumerable<Indicator> tree, (string SchoolId, Dictionary<string, double>[] Sheets)[] schools)
    {
        var totals = schools.Select(school =>
        {
            var total = 0m;
            var vetoed = false;
            foreach (var level1 in tree)
            {
                var sum = 0m;
                var cap = decimal.MaxValue;
                foreach (var leaf in Leaves([level1]))
                {
                    var values = school.Sheets.Select(s => s[leaf.Code]).ToArray();
                    var weight = (decimal)leaf.Weight;
                    if (leaf.Method is ScoringMethod.PassFail or ScoringMethod.Veto)
                    {
                        var passed = values.Average() >= 0.5;
                        sum += passed ? weight : 0;
                        vetoed |= leaf.Method == ScoringMethod.Veto && !passed;
                        cap = !passed && leaf.FailCap > 0 ? Math.Min(cap, (decimal)leaf.FailCap) : cap;
                        continue;
                    }
                    var points = values.Select(v => leaf.Method == ScoringMethod.Range ? (decimal)v : Math.Clamp((decimal)leaf.Base + (decimal)v, (decimal)leaf.Floor, (decimal)leaf.Cap));
                    sum += Math.Round(points.Sum() / values.Length, 2, MidpointRounding.AwayFromZero);
                }
                total += Math.Min(sum, cap);
            }
            var grade = vetoed ? "不合格" : total >= 90 ? "优秀" : total >= 80 ? "良好" : total >= 60 ? "合格" : "不合格";
            return (school.SchoolId, total, vetoed, grade);
        }).ToArray();
        return totals.ToDictionary(t => t.SchoolId, t => (t.total, t.grade,
            1 + totals.Count(o => (o.vetoed ? 1 : 0) < (t.vetoed ? 1 : 0) || (o.vetoed == t.vetoed && o.total > t.total))));
    }

    private static IEnumerable<Indicator> Leaves(IEnumerable<Indicator> indicators) => indicators.SelectMany(i => i.Level == 3 ? [i] : Leaves(i.Children));
}
