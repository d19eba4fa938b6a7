using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace PartySchoolNet.Messaging.Inbox;

/// <summary>
/// Handles each message id once, as <see cref="IdempotentConsumer{TMessage}"/> does, but writes the messages that arrive
/// together in one transaction (a group commit): while consumers write their batches, the messages arriving meanwhile wait,
/// and the oldest of them then writes them all. A busy queue pays one transaction for many messages; a quiet one waits for
/// nothing. Each message still succeeds or fails by itself: a batch that fails is written again one message at a time, so
/// only a message that fails alone is retried, and at last dead-lettered.
/// </summary>
public abstract class IdempotentBatchConsumer<TMessage>(DbContext db, CommitGroups groups) : IConsumer<TMessage> where TMessage : class
{
    /// <summary>Enough to make one transaction cheap per message, few enough to keep a batch's locks short.</summary>
    private const int MostPerBatch = 64;

    protected DbContext Db => db;

    private string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var mine = new WaitingMessage(
            context.MessageId ?? throw new InvalidOperationException("A message without an id cannot be de-duplicated."), context.Message);
        var group = groups.For(GetType());
        if (!group.Join(mine) && await Task.WhenAny(mine.Written.Task, mine.Lead.Task) == mine.Written.Task)
        {
            await mine.Written.Task;
            return;
        }
        try
        {
            await WriteAsync([mine, .. group.Take(MostPerBatch - 1)], context.CancellationToken);
        }
        finally
        {
            group.PassOn();
        }
        await mine.Written.Task;
    }

    /// <summary>Handles the messages, in the order they arrived, that this consumer has not handled before.</summary>
    protected abstract Task HandleAsync(IReadOnlyList<TMessage> messages, CancellationToken ct);

    private async Task WriteAsync(List<WaitingMessage> batch, CancellationToken ct)
    {
        try
        {
            await WriteTogetherAsync(batch, ct);
            batch.ForEach(m => m.Written.TrySetResult());
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var message in batch)
            {
                await WriteAsync([message], ct);
            }
        }
        catch (Exception failure)
        {
            batch[0].Written.TrySetException(failure);
        }
    }

    private async Task WriteTogetherAsync(List<WaitingMessage> batch, CancellationToken ct)
    {
        db.ChangeTracker.Clear(); // whatever a failed batch left tracked was rolled back with it
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        Guid[] ids = [.. batch.Select(m => m.MessageId).Distinct().Order()];
        var firstTime = (await db.Database.SqlQuery<Guid>(
            $"""
            INSERT INTO inbox_messages (message_id, consumer, processed_at) SELECT id, {ConsumerName}, now() FROM unnest({ids}) AS id
            ON CONFLICT DO NOTHING RETURNING message_id AS "Value"
            """).ToListAsync(ct)).ToHashSet();
        List<TMessage> messages = [.. batch.Where(m => firstTime.Remove(m.MessageId)).Select(m => (TMessage)m.Message)];
        if (messages.Count > 0)
        {
            await HandleAsync(messages, ct);
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
    }
}
