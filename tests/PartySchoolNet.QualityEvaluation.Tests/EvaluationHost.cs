using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.Testing;

namespace PartySchoolNet.QualityEvaluation.Tests;

/// <summary>QualityEvaluation in-process with its own Identity; campaigns and extra accounts are each test's own.</summary>
public sealed class EvaluationHost() : DomainServiceHost<QualityEvaluationDbContext>("quality-evaluation",
    new Dictionary<string, string>
    {
        ["QualityEvaluation:MaxEvidenceBytes"] = MaxEvidenceBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["QualityEvaluation:FeedbackSweepInterval"] = "00:00:02",
    })
{
    public const int MaxEvidenceBytes = 64 * 1024;
    public const string TownshipTemplate = "township-six-haves";

    private int _next;

    /// <summary>The service has its templates and knows the demo evaluators (fy, fn and wjb each have one).</summary>
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Eventually.Until(() => CountAsync("indicator_systems"), n => n == 2, TimeSpan.FromSeconds(60), "the two template systems");
        await Eventually.Until(() => CountAsync("evaluators"), n => n == 3, TimeSpan.FromSeconds(60), "the demo evaluators");
    }

    public async Task<QualityEvaluationService.QualityEvaluationServiceClient> ClientFor(string userName) => new(await ChannelFor(userName));

    public string Unique(string prefix) => $"{prefix}{Interlocked.Increment(ref _next)}";

    /// <summary>Creates an account at the school (the city's admin does it); an evaluator is awaited until this service knows them.</summary>
    public async Task<string> CreateAccountAsync(string userName, string schoolCode, params string[] roles)
    {
        var identity = await Identity.ClientFor("fy.admin");
        var account = await identity.CreateAccountAsync(new CreateAccountRequest
        {
            UserName = userName, DisplayName = $"测试{userName}", Password = Tokens.DemoPassword,
            SchoolId = (await SchoolIdAsync(schoolCode)).ToString(), Roles = { roles },
        });
        if (roles.Contains(Roles.Evaluator))
        {
            await Eventually.Until(() => CountAsync("evaluators", $"id = '{account.AccountId}'"), n => n == 1, TimeSpan.FromSeconds(30), $"evaluator {userName}");
        }
        return account.AccountId;
    }

    public async Task<string> AccountIdAsync(string userName) => (await (await Identity.ClientFor(userName)).WhoAmIAsync(new WhoAmIRequest())).Subject;

    public async Task<IndicatorSystem> TownshipSystemAsync()
    {
        var client = await ClientFor("fy.admin");
        var listed = await client.ListIndicatorSystemsAsync(new ListIndicatorSystemsRequest { Code = TownshipTemplate });
        return await client.GetIndicatorSystemAsync(new GetIndicatorSystemRequest { SystemId = listed.Systems.Single().SystemId });
    }

    public static IEnumerable<Indicator> Leaves(IEnumerable<Indicator> indicators) =>
        indicators.SelectMany(i => i.Level == 3 ? [i] : Leaves(i.Children));

    /// <summary>A township campaign over the schools, each reviewed by the evaluators, opened for self-assessment.</summary>
    public Task<Campaign> OpenCampaignAsync(IEnumerable<string> schoolCodes, string[] evaluatorIds, Action<CreateCampaignRequest>? adjust = null) =>
        OpenCampaignAsync(schoolCodes.ToDictionary(c => c, _ => evaluatorIds), adjust);

    /// <summary>
    /// A township campaign over the schools (codes), each reviewed by its own evaluators, opened for self-assessment;
    /// <paramref name="adjust"/> changes the draft (dates, rule, thresholds) before it is created.
    /// </summary>
    public async Task<Campaign> OpenCampaignAsync(IReadOnlyDictionary<string, string[]> evaluatorsBySchool, Action<CreateCampaignRequest>? adjust = null)
    {
        var client = await ClientFor("fy.admin");
        var system = await TownshipSystemAsync();
        var schools = new Dictionary<string, string>();
        foreach (var code in evaluatorsBySchool.Keys)
        {
            schools[code] = (await SchoolIdAsync(code)).ToString();
        }
        var request = Draft("2026年度乡镇党校评估", system.SystemId, new CampaignTargets { SchoolIds = { schools.Values } });
        adjust?.Invoke(request);
        var campaign = await client.CreateCampaignAsync(request);
        foreach (var (code, evaluators) in evaluatorsBySchool)
        {
            await client.AssignEvaluatorsAsync(new AssignEvaluatorsRequest { CampaignId = campaign.CampaignId, EvaluatorIds = { evaluators }, SchoolIds = { schools[code] } });
        }
        return await client.OpenSelfAssessmentAsync(new CampaignTransitionRequest { CampaignId = campaign.CampaignId });
    }

    /// <summary>A campaign for the last two months of 2026, rectification due by the end of March 2027.</summary>
    public CreateCampaignRequest Draft(string name, string systemId, CampaignTargets targets) => new()
    {
        Name = Unique(name), IndicatorSystemId = systemId, Targets = targets, WindowStart = "2026-11-01", WindowEnd = "2026-12-31",
        RectificationDeadline = "2027-03-31",
    };

    /// <summary>The school's admin claims <paramref name="value"/> for every leaf and submits.</summary>
    public async Task SelfAssessAsync(string userName, Campaign campaign, string schoolCode, Func<Indicator, double> value)
    {
        var client = await ClientFor(userName);
        var request = new SaveSelfAssessmentRequest { CampaignId = campaign.CampaignId, SchoolId = (await SchoolIdAsync(schoolCode)).ToString() };
        request.Entries.Add(Leaves((await TownshipSystemAsync()).Indicators).Select(l => new SelfAssessmentEntryInput { IndicatorCode = l.Code, Value = value(l), Narrative = "已落实" }));
        await client.SaveSelfAssessmentAsync(request);
        await client.SubmitSelfAssessmentAsync(new SubmitSelfAssessmentRequest { CampaignId = campaign.CampaignId, SchoolId = request.SchoolId });
    }

    /// <summary>The evaluator scores every leaf of the school.</summary>
    public async Task<ScoreSheet> ScoreAllAsync(string userName, Campaign campaign, string schoolCode, Func<Indicator, double> value, string reason = "")
    {
        var client = await ClientFor(userName);
        var request = new ScoreSchoolRequest { CampaignId = campaign.CampaignId, SchoolId = (await SchoolIdAsync(schoolCode)).ToString(), Reason = reason };
        request.Scores.Add(Leaves((await TownshipSystemAsync()).Indicators).Select(l => new ScoreInput { IndicatorCode = l.Code, Value = value(l), Comment = "现场核查" }));
        return await client.ScoreSchoolAsync(request);
    }

    /// <summary>Full marks for a leaf by its method (the weight; +0 for bonus/deduction; 1 for pass/fail and veto).</summary>
    public static double Full(Indicator leaf) => leaf.Method switch
    {
        ScoringMethod.Range => leaf.Weight,
        ScoringMethod.BonusDeduction => leaf.Cap - leaf.Base,
        _ => 1,
    };
}
