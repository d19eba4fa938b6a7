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

    /// <summary>Enabled and still holding the Evaluator role: only then may the account be given schools to review.</summary>
    public bool Assignable { get; private set; }

    /// <summary>When Identity made the change this copy last took, so an older announcement arriving late changes nothing.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public static Evaluator From(AccountRegistered account) => new()
    {
        Id = account.AccountId, UserName = account.UserName, DisplayName = account.DisplayName, SchoolId = account.SchoolId,
        Assignable = true, ChangedAt = account.OccurredAt,
    };

    public static Evaluator From(AccountChanged account)
    {
        var evaluator = new Evaluator { Id = account.AccountId };
        evaluator.Apply(account);
        return evaluator;
    }

    public void Apply(AccountChanged account)
    {
        if (account.OccurredAt < ChangedAt)
        {
            return;
        }
        (UserName, DisplayName, SchoolId) = (account.UserName, account.DisplayName, account.SchoolId);
        Assignable = !account.Disabled && account.Roles.Contains(Roles.Evaluator);
        ChangedAt = account.OccurredAt;
    }
}
