using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Messaging.Inbox;

namespace PartySchoolNet.Reporting.EventLog;

/// <summary>
/// A report's consumer: the facts enter the log and, the first time only, their report's tables, in one transaction with
/// their inbox rows (the facts arriving together are written together). The fold is the report's one way of changing, used
/// again when it is rebuilt from the log.
/// </summary>
public abstract class LoggedConsumer<TEvent>(DbContext db, CommitGroups groups) : IdempotentBatchConsumer<TEvent>(db, groups) where TEvent : class
{
    /// <summary>The fact's own identity: the same fact published again under a new message id has the same key.</summary>
    protected abstract string KeyOf(TEvent fact);

    protected abstract DateTimeOffset OccurredAt(TEvent fact);

    /// <summary>Folds the facts not stored before, in the order they arrived; one at a time unless a report folds them at once.</summary>
    protected virtual async Task FoldAsync(IReadOnlyList<TEvent> facts, CancellationToken ct)
    {
        foreach (var fact in facts)
        {
            await FoldAsync(fact, ct);
        }
    }

    protected abstract Task FoldAsync(TEvent fact, CancellationToken ct);

    protected override async Task HandleAsync(IReadOnlyList<TEvent> messages, CancellationToken ct)
    {
        var fresh = await Db.AppendAsync(messages, KeyOf, OccurredAt, ct);
        if (fresh.Count > 0)
        {
            await FoldAsync(fresh, ct);
        }
    }
}
