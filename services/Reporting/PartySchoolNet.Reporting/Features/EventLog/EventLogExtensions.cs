using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace PartySchoolNet.Reporting.Features.EventLog;

/// <summary>Appends facts to the log in the consumer's transaction, and replays them in the order they happened.</summary>
public static class EventLogExtensions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Stores the fact; false when it is already stored, so its effect must not be applied again.</summary>
    public static async Task<bool> AppendAsync<TEvent>(this DbContext db, string key, DateTimeOffset occurredAt, TEvent fact, CancellationToken ct)
    {
        var (type, payload, at) = (typeof(TEvent).Name, JsonSerializer.Serialize(fact, Json), occurredAt.ToUniversalTime()); // timestamptz takes UTC only
        return await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO event_log (type, key, occurred_at, payload, stored_at) VALUES ({type}, {key}, {at}, {payload}::jsonb, now())
            ON CONFLICT (type, key) DO NOTHING
            """, ct) == 1;
    }

    /// <summary>Every stored fact of this type, in the order they happened (read whole: the caller writes on the same connection).</summary>
    public static async Task<List<TEvent>> ReplayAsync<TEvent>(this DbContext db, CancellationToken ct)
    {
        var type = typeof(TEvent).Name;
        var payloads = await db.Set<StoredEvent>().AsNoTracking().Where(e => e.Type == type).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => e.Payload).ToListAsync(ct);
        return [.. payloads.Select(p => JsonSerializer.Deserialize<TEvent>(p, Json)!)];
    }
}
