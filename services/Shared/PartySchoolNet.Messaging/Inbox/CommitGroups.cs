using System.Collections.Concurrent;

namespace PartySchoolNet.Messaging.Inbox;

/// <summary>Each batching consumer's messages waiting to be written (one group per consumer type, for the life of the bus).</summary>
public sealed class CommitGroups
{
    private readonly ConcurrentDictionary<Type, CommitGroup> groups = new();

    internal CommitGroup For(Type consumer) => groups.GetOrAdd(consumer, _ => new CommitGroup());
}

/// <summary>
/// The messages of one consumer waiting to be written, and how many batches are being written now: at most two, so one can
/// be written while the other's consumer waits on the database, and the next gathers meanwhile.
/// </summary>
internal sealed class CommitGroup
{
    private const int MostWriters = 2;
    private readonly Queue<WaitingMessage> waiting = new();
    private int writers;

    /// <summary>True when fewer batches than allowed are being written, so the caller is to write one; otherwise the message waits.</summary>
    public bool Join(WaitingMessage message)
    {
        lock (waiting)
        {
            if (writers < MostWriters)
            {
                writers++;
                return true;
            }
            waiting.Enqueue(message);
            return false;
        }
    }

    /// <summary>The messages waiting, oldest first, up to <paramref name="most"/>.</summary>
    public List<WaitingMessage> Take(int most)
    {
        lock (waiting)
        {
            var batch = new List<WaitingMessage>(Math.Min(most, waiting.Count));
            while (batch.Count < most && waiting.TryDequeue(out var message))
            {
                batch.Add(message);
            }
            return batch;
        }
    }

    /// <summary>After a batch: the oldest message still waiting writes the next, or one writer fewer until a message arrives.</summary>
    public void PassOn()
    {
        WaitingMessage? next;
        lock (waiting)
        {
            if (!waiting.TryDequeue(out next))
            {
                writers--;
            }
        }
        next?.Lead.TrySetResult();
    }
}

/// <summary>A message waiting in its group: written by another consumer's batch (<see cref="Written"/>), or asked to write one (<see cref="Lead"/>).</summary>
internal sealed class WaitingMessage(Guid messageId, object message)
{
    public Guid MessageId => messageId;
    public object Message => message;
    public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Lead { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
