using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.Evaluators;

/// <summary>Keeps the accounts that hold the Evaluator role: only they can be assigned to review schools.</summary>
public sealed class EvaluatorReplicaConsumer(QualityEvaluationDbContext db) : IdempotentConsumer<AccountRegistered>(db)
{
    protected override async Task HandleAsync(AccountRegistered message, CancellationToken ct)
    {
        if (message.Roles.Contains(Roles.Evaluator) && !await db.Evaluators.AnyAsync(e => e.Id == message.AccountId, ct))
        {
            db.Evaluators.Add(Evaluator.From(message));
        }
    }
}

/// <summary>
/// An account disabled, enabled or changed: a known evaluator follows it (a disabled one is no longer assignable); an
/// account that became an evaluator, or whose change overtook its registration, is added from the change alone.
/// </summary>
public sealed class EvaluatorChangeConsumer(QualityEvaluationDbContext db) : IdempotentConsumer<AccountChanged>(db)
{
    protected override async Task HandleAsync(AccountChanged message, CancellationToken ct)
    {
        var known = await db.Evaluators.FirstOrDefaultAsync(e => e.Id == message.AccountId, ct);
        if (known is not null)
        {
            known.Apply(message);
        }
        else if (message.Roles.Contains(Roles.Evaluator))
        {
            db.Evaluators.Add(Evaluator.From(message));
        }
    }
}
