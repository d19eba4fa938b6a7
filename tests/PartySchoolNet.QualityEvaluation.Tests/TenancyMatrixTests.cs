using Grpc.Core;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.QualityEvaluation.Tests.EvaluationHost;

namespace PartySchoolNet.QualityEvaluation.Tests;

/// <summary>
/// Two campaigns over 王家坝 and 鹿城镇 (both of 阜南): one in review (fy.evaluator assigned to 王家坝, fy.expert to 鹿城镇)
/// and one finalized with a rectification item for each school.
/// </summary>
public sealed class MatrixWorld : IAsyncLifetime
{
    public EvaluationHost Host { get; } = new();
    public Campaign Review { get; private set; } = new();
    public Campaign Final { get; private set; } = new();
    public string CityEvaluator { get; private set; } = "";
    public Dictionary<string, string> Schools { get; } = [];
    public Dictionary<string, string> Items { get; } = [];

    public async ValueTask InitializeAsync()
    {
        await Host.InitializeAsync();
        CityEvaluator = await Host.AccountIdAsync("fy.evaluator");
        var expert = await Host.CreateAccountAsync(CampaignWorld.SecondEvaluatorUser, "fy", Roles.Evaluator);
        await Host.CreateAccountAsync(CampaignWorld.NeighbourAdmin, "lc", Roles.SchoolAdmin);
        foreach (var code in new[] { "wjb", "lc" })
        {
            Schools[code] = (await Host.SchoolIdAsync(code)).ToString();
        }
        var city = await Host.ClientFor("fy.admin");
        Review = await CampaignAsync(city, expert);
        Final = await CampaignAsync(city, expert);
        await Host.ScoreAllAsync("fy.evaluator", Final, "wjb", l => l.Code == "1.1.1" ? 0 : Full(l));
        await Host.ScoreAllAsync(CampaignWorld.SecondEvaluatorUser, Final, "lc", l => l.Code == "1.1.1" ? 0 : Full(l));
        await city.FinalizeCampaignAsync(new CampaignTransitionRequest { CampaignId = Final.CampaignId });
        foreach (var item in (await city.ListRectificationsAsync(new ListRectificationsRequest { CampaignId = Final.CampaignId })).Rectifications)
        {
            Items[Schools.Single(s => s.Value == item.SchoolId).Key] = item.RectificationId;
        }
    }

    private async Task<Campaign> CampaignAsync(QualityEvaluationService.QualityEvaluationServiceClient city, string expert)
    {
        var campaign = await Host.OpenCampaignAsync(new Dictionary<string, string[]> { ["wjb"] = [CityEvaluator], ["lc"] = [expert] });
        return await city.StartReviewAsync(new CampaignTransitionRequest { CampaignId = campaign.CampaignId });
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>Every operation × caller × school (王家坝, 鹿城镇): schools read their own, evaluators their assigned, the city all.</summary>
public sealed class TenancyMatrixTests(MatrixWorld world) : IClassFixture<MatrixWorld>
{
    private const StatusCode Ok = StatusCode.OK, Denied = StatusCode.PermissionDenied, Refused = StatusCode.FailedPrecondition;
    private static readonly string[] Targets = ["wjb", "lc"];
    private static readonly string[] Users = ["fy.admin", "fy.evaluator", "fn.admin", "wjb.admin", "lc.admin", "fn.evaluator"];

    private static readonly (string Operation, string User, StatusCode[] Expected)[] Matrix =
    [
        // During review: a self-assessment is read by the school and those above it, and by its assigned evaluator.
        ("self-assessment", "fy.admin", [Ok, Ok]), ("self-assessment", "fy.evaluator", [Ok, Denied]), ("self-assessment", "fn.admin", [Ok, Ok]),
        ("self-assessment", "wjb.admin", [Ok, Denied]), ("self-assessment", "lc.admin", [Denied, Ok]), ("self-assessment", "fn.evaluator", [Denied, Denied]),
        // Only the school writes it, and review has closed it.
        ("save", "fy.admin", [Denied, Denied]), ("save", "fy.evaluator", [Denied, Denied]), ("save", "fn.admin", [Denied, Denied]),
        ("save", "wjb.admin", [Refused, Denied]), ("save", "lc.admin", [Denied, Refused]), ("save", "fn.evaluator", [Denied, Denied]),
        // Only the assigned evaluator scores; nobody else, not the city's admin, not the school.
        ("score", "fy.admin", [Denied, Denied]), ("score", "fy.evaluator", [Ok, Denied]), ("score", "fn.admin", [Denied, Denied]),
        ("score", "wjb.admin", [Denied, Denied]), ("score", "lc.admin", [Denied, Denied]), ("score", "fn.evaluator", [Denied, Denied]),
        // fy.evaluator's sheet: the city's admin and the evaluator (for the assigned school) read it.
        ("sheet", "fy.admin", [Ok, Ok]), ("sheet", "fy.evaluator", [Ok, Denied]), ("sheet", "fn.admin", [Denied, Denied]),
        ("sheet", "wjb.admin", [Denied, Denied]), ("sheet", "lc.admin", [Denied, Denied]), ("sheet", "fn.evaluator", [Denied, Denied]),
        ("changes", "fy.admin", [Ok, Ok]), ("changes", "fy.evaluator", [Denied, Denied]), ("changes", "fn.admin", [Denied, Denied]),
        ("changes", "wjb.admin", [Denied, Denied]), ("changes", "lc.admin", [Denied, Denied]), ("changes", "fn.evaluator", [Denied, Denied]),
        // After finalization: results and rectification by scope; reports only by the school; scores no longer change.
        ("result", "fy.admin", [Ok, Ok]), ("result", "fy.evaluator", [Ok, Ok]), ("result", "fn.admin", [Ok, Ok]),
        ("result", "wjb.admin", [Ok, Denied]), ("result", "lc.admin", [Denied, Ok]), ("result", "fn.evaluator", [Ok, Ok]),
        ("results-list", "fy.admin", [Ok, Ok]), ("results-list", "fn.admin", [Ok, Ok]), ("results-list", "wjb.admin", [Ok, Denied]), ("results-list", "lc.admin", [Denied, Ok]),
        ("rectifications", "fy.admin", [Ok, Ok]), ("rectifications", "fn.admin", [Ok, Ok]), ("rectifications", "wjb.admin", [Ok, Denied]), ("rectifications", "lc.admin", [Denied, Ok]),
        ("report", "fy.admin", [Denied, Denied]), ("report", "fy.evaluator", [Denied, Denied]), ("report", "fn.admin", [Denied, Denied]),
        ("report", "wjb.admin", [Ok, Denied]), ("report", "lc.admin", [Denied, Ok]), ("report", "fn.evaluator", [Denied, Denied]),
        ("late-score", "fy.evaluator", [Refused, Denied]), ("late-score", "fy.admin", [Denied, Denied]), ("late-score", "wjb.admin", [Denied, Denied]),
    ];

    public static TheoryData<string, string, string, StatusCode> Cases() => TenancyMatrix.Cases(Matrix, Targets);

    [Fact]
    public void Matrix_covers_every_user_for_every_operation_on_schools()
    {
        foreach (var operation in new[] { "self-assessment", "save", "score", "sheet", "changes", "result", "report" })
        {
            Matrix.Where(m => m.Operation == operation).Select(m => m.User).ShouldBe(Users, ignoreOrder: true);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Caller_reaches_exactly_the_schools_it_may(string operation, string user, string target, StatusCode expected)
    {
        var client = await world.Host.ClientFor(user);
        var outcome = operation switch
        {
            "results-list" => (await client.ListResultsAsync(new ListResultsRequest { CampaignId = world.Final.CampaignId })).Results.Any(r => r.SchoolId == world.Schools[target]) ? Ok : Denied,
            "rectifications" => (await client.ListRectificationsAsync(new ListRectificationsRequest { CampaignId = world.Final.CampaignId })).Rectifications.Any(r => r.SchoolId == world.Schools[target]) ? Ok : Denied,
            _ => await TenancyMatrix.StatusOf(Act(client, operation, world.Schools[target], target)),
        };
        outcome.ShouldBe(expected, $"{user} {operation} {target}");
    }

    private Task Act(QualityEvaluationService.QualityEvaluationServiceClient client, string operation, string school, string code) => operation switch
    {
        "self-assessment" => client.GetSelfAssessmentAsync(new GetSelfAssessmentRequest { CampaignId = world.Review.CampaignId, SchoolId = school }).ResponseAsync,
        "save" => client.SaveSelfAssessmentAsync(new SaveSelfAssessmentRequest
        {
            CampaignId = world.Review.CampaignId, SchoolId = school, Entries = { new SelfAssessmentEntryInput { IndicatorCode = "1.1.1", Value = 1 } },
        }).ResponseAsync,
        "score" => client.ScoreSchoolAsync(Score(world.Review, school)).ResponseAsync,
        "late-score" => client.ScoreSchoolAsync(Score(world.Final, school)).ResponseAsync,
        "sheet" => client.GetScoreSheetAsync(new GetScoreSheetRequest { CampaignId = world.Review.CampaignId, SchoolId = school, EvaluatorId = world.CityEvaluator }).ResponseAsync,
        "changes" => client.ListScoreChangesAsync(new ListScoreChangesRequest { CampaignId = world.Review.CampaignId, SchoolId = school }).ResponseAsync,
        "result" => client.GetSchoolResultAsync(new GetSchoolResultRequest { CampaignId = world.Final.CampaignId, SchoolId = school }).ResponseAsync,
        "report" => client.ReportRectificationAsync(new ReportRectificationRequest { RectificationId = world.Items[code], Text = "已整改" }).ResponseAsync,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private static ScoreSchoolRequest Score(Campaign campaign, string school) => new()
    {
        CampaignId = campaign.CampaignId, SchoolId = school, Scores = { new ScoreInput { IndicatorCode = "1.1.2", Value = 3 } },
    };
}
