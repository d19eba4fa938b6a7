using PartySchoolNet.Identity.Contracts;

namespace PartySchoolNet.QualityEvaluation.Evaluators;

/// <summary>An account that may be assigned to review schools, as Identity announced it (this service's copy).</summary>
public sealed class Evaluator
{
    private Evaluator()
    {
    }

    public Guid Id { get; private set; }
    public string UserName { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public Guid SchoolId { get; private set; }

    public static Evaluator From(AccountRegistered account) => new()
    {
        Id = account.AccountId, UserName = account.UserName, DisplayName = account.DisplayName, SchoolId = account.SchoolId,
    };
}
