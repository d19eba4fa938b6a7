using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace PartySchoolNet.Messaging.Inbox;

/// <summary>
/// Handles each message id once: the inbox row and the effect commit together, so a redelivery (or a
/// duplicate from the outbox relay) finds the row and does nothing. A concurrent duplicate waits on the
/// row's lock and then sees it. A failure rolls both back and MassTransit retries, then dead-letters.
/// </summary>
public abstract class IdempotentConsumer<TMessage>(DbContext db) : IConsumer<TMessage> where TMessage : class
{
    protected DbContext Db => db;

    private string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without an id cannot be de-duplicated.");
        var ct = context.CancellationToken;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var firstTime = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {ConsumerName}, now()) ON CONFLICT DO NOTHING",
            ct);
        if (firstTime == 0)
        {
            return;
        }
        await HandleAsync(context.Message, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    protected abstract Task HandleAsync(TMessage message, CancellationToken ct);
}
