namespace PartySchoolNet.Enrollment.Selection;

/// <summary>
/// Where seat changes for a class wait their turn. Changes that arrive while the class's turn is taken queue in memory and
/// are then taken together, up to <see cref="MaxBatch"/> at a time, in one <see cref="SeatBatch"/>: a burst of a thousand
/// confirmations costs a few transactions, not a thousand, and each request still gets its own answer and its own event.
/// Should a batch fail as a whole (a save the database refuses, a fault), each of its changes goes again on its own, so one
/// change's failure is never another's. The class row's lock stays the authority across instances of the service.
/// A change that has joined the line is carried out whether or not its caller still waits: a caller that gave up (a
/// deadline, a closed tab) cannot tell how far its change got, so it is always all the way, and the same request sent again
/// answers with the seat as it now stands (confirming a confirmed trainee, withdrawing a withdrawn one, selecting a held
/// seat change nothing).
/// </summary>
internal sealed class SeatDesk(IServiceScopeFactory scopes, ILogger<SeatDesk> logger)
{
    public const int MaxBatch = 200;
    private readonly Dictionary<Guid, Queue<Waiting>> _lines = [];

    public async Task<Contracts.Enrollment> ChangeAsync(Guid classId, SeatChange change, CancellationToken ct)
    {
        var waiting = new Waiting(change);
        bool serve;
        lock (_lines)
        {
            serve = !_lines.TryGetValue(classId, out var line);
            if (serve)
            {
                _lines[classId] = line = new Queue<Waiting>();
            }
            line!.Enqueue(waiting);
        }
        if (serve)
        {
            _ = Task.Run(() => ServeAsync(classId), CancellationToken.None);
        }
        var outcome = await waiting.Outcome.Task.WaitAsync(ct);
        return outcome.Refusal is { } refusal ? throw refusal : outcome.Enrollment!;
    }

    /// <summary>Runs the class's line until it is empty; whoever queues next for the class starts it again.</summary>
    private async Task ServeAsync(Guid classId)
    {
        while (Next(classId) is { Count: > 0 } batch)
        {
            await RunAsync(classId, batch);
        }
    }

    private List<Waiting>? Next(Guid classId)
    {
        lock (_lines)
        {
            var line = _lines[classId];
            var batch = new List<Waiting>();
            while (batch.Count < MaxBatch && line.TryDequeue(out var waiting))
            {
                batch.Add(waiting);
            }
            if (line.Count == 0 && batch.Count == 0)
            {
                _lines.Remove(classId);
                return null;
            }
            return batch;
        }
    }

    private async Task RunAsync(Guid classId, IReadOnlyList<Waiting> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcomes = await scope.ServiceProvider.GetRequiredService<SeatBatch>().RunAsync(classId, [.. batch.Select(w => w.Change)], CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Outcome.TrySetResult(outcomes[i]);
            }
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            logger.LogWarning(ex, "A batch of {Count} seat changes for class {ClassId} failed as a whole; each goes again on its own", batch.Count, classId);
            foreach (var waiting in batch)
            {
                await RunAsync(classId, [waiting]);
            }
        }
        catch (DomainException refusal)
        {
            batch[0].Outcome.TrySetResult(new SeatOutcome(null, refusal));
        }
        catch (Exception ex)
        {
            batch[0].Outcome.TrySetException(ex);
        }
    }

    private sealed record Waiting(SeatChange Change)
    {
        public TaskCompletionSource<SeatOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
