using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Messaging.Inbox;

namespace PartySchoolNet.Reporting.Features.EventLog;

/// <summary>
/// A report's consumer: the fact enters the log and, the first time only, its report's tables, in one transaction with the
/// inbox row. The fold is the report's one way of changing, used again when it is rebuilt from the log.
/// </summary>
public abstract class LoggedConsumer<TEvent>(DbContext db) : IdempotentConsumer<TEvent>(db) where TEvent : class
{
    /// <summary>The fact's own identity: the same fact published again under a new message id has the same key.</summary>
    protected abstract string KeyOf(TEvent fact);

    protected abstract DateTimeOffset OccurredAt(TEvent fact);

    protected abstract Task FoldAsync(TEvent fact, CancellationToken ct);

    protected override async Task HandleAsync(TEvent message, CancellationToken ct)
    {
        if (await Db.AppendAsync(KeyOf(message), OccurredAt(message), message, ct))
        {
            await FoldAsync(message, ct);
        }
    }
}
