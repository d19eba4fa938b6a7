using PartySchoolNet.Identity.Contracts;

namespace PartySchoolNet.QualityEvaluation.Tests;

/// <summary>
/// The host plus the people a campaign needs: two city evaluators (the demo one and a second expert), and an admin for
/// 鹿城镇 (lc), a township of 阜南 beside 王家坝 (wjb, whose demo admin exists).
/// </summary>
public sealed class CampaignWorld : IAsyncLifetime
{
    public EvaluationHost Host { get; } = new();

    public string CityEvaluator { get; private set; } = "";

    public string SecondEvaluator { get; private set; } = "";

    public const string SecondEvaluatorUser = "fy.expert";
    public const string NeighbourAdmin = "lc.admin";

    public async ValueTask InitializeAsync()
    {
        await Host.InitializeAsync();
        CityEvaluator = await Host.AccountIdAsync("fy.evaluator");
        SecondEvaluator = await Host.CreateAccountAsync(SecondEvaluatorUser, "fy", Roles.Evaluator);
        await Host.CreateAccountAsync(NeighbourAdmin, "lc", Roles.SchoolAdmin);
    }

    public string[] Evaluators => [CityEvaluator, SecondEvaluator];

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
