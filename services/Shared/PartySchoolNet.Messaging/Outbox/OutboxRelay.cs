using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PartySchoolNet.Messaging.Outbox;

public sealed class OutboxOptions
{
    public int BatchSize { get; set; } = 500;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(15);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// Publishes unsent outbox rows in the order they were written, with publisher confirms, and marks them sent in the
/// same transaction that locked them. A batch's publications are pipelined: a confirm takes a round trip and a disk
/// write at the broker, and waiting for each before sending the next held a loaded relay to a few messages a second.
/// (Consumers run concurrently and replicas are versioned, so no one relies on one event arriving before the next.)
/// A crash or broker outage leaves rows unsent, and they go out on the next pass; a row published but not yet marked
/// may go out twice, which the consumers' inbox absorbs.
/// Rows are locked with SKIP LOCKED, so several instances of a service can relay side by side.
/// </summary>
internal sealed class OutboxRelay(
    IServiceScopeFactory scopes, IBus bus, OutboxSignal signal, IOptions<OutboxOptions> options,
    TimeProvider clock, ILogger<OutboxRelay> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await PublishBatchAsync(stoppingToken);
                failures = 0;
                if (published < _options.BatchSize)
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                var delay = TimeSpan.FromMilliseconds(Math.Min(_options.MaxBackoff.TotalMilliseconds, 200 * Math.Pow(2, failures)));
                logger.LogWarning(ex, "Outbox relay failed ({Failures} in a row); retrying in {Delay}", failures, delay);
                await Task.Delay(delay, clock, stoppingToken);
            }
        }
    }

    private async Task<int> PublishBatchAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        await using var tx = await db.Database.BeginTransactionAsync(stoppingToken);
        var rows = await db.Set<OutboxMessage>()
            .FromSql($"SELECT * FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL ORDER BY sequence LIMIT {_options.BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(stoppingToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(_options.PublishTimeout);
        var publishes = new List<(OutboxMessage Row, Task Confirmed)>(rows.Count);
        foreach (var row in rows)
        {
            if (TryDeserialize(row, out var message, out var type))
            {
                using (OutboxTracing.StartPublish(row, clock.GetUtcNow()))
                {
                    publishes.Add((row, bus.Publish(message, type, context => context.MessageId = row.Id, timeout.Token)));
                }
            }
        }
        var failure = await Task.WhenAll(publishes.Select(p => p.Confirmed)).ContinueWith(all => all.Exception, TaskScheduler.Default);
        // Rows the broker confirmed are marked even when others were not: after a timeout the next pass starts behind them.
        // One statement for the batch; only parked rows are saved through the change tracker.
        var sent = publishes.Where(p => p.Confirmed.IsCompletedSuccessfully).Select(p => p.Row.Id).ToList();
        var now = clock.GetUtcNow();
        await db.Set<OutboxMessage>().Where(m => sent.Contains(m.Id)).ExecuteUpdateAsync(m => m.SetProperty(x => x.SentAt, now), stoppingToken);
        await db.SaveChangesAsync(stoppingToken);
        await tx.CommitAsync(stoppingToken);
        if (failure is not null)
        {
            stoppingToken.ThrowIfCancellationRequested();
            var confirmed = publishes.Count(p => p.Confirmed.IsCompletedSuccessfully);
            throw new TimeoutException($"The broker confirmed {confirmed} of {publishes.Count} messages (publish timeout {_options.PublishTimeout}).", failure);
        }
        logger.LogDebug("Outbox relay published {Count} messages", rows.Count);
        return rows.Count;
    }

    /// <summary>A row that cannot be read back is a bug, not an outage: park it so the events behind it still flow.</summary>
    private bool TryDeserialize(OutboxMessage row, out object message, out Type type)
    {
        try
        {
            (message, type) = row.Deserialize();
            return true;
        }
        catch (Exception ex) when (ex is TypeLoadException or System.Text.Json.JsonException or NotSupportedException or ArgumentException or IOException)
        {
            logger.LogError(ex, "Outbox message {MessageId} ({MessageType}) cannot be read and is parked; set failed_at = NULL to retry it",
                row.Id, row.MessageType);
            row.Park(ex, clock.GetUtcNow());
            (message, type) = (new object(), typeof(object));
            return false;
        }
    }
}
