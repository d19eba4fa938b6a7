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
