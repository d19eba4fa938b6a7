using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace PartySchoolNet.Reporting.EventLog;

/// <summary>Appends facts to the log in the consumer's transaction, and replays them in the order they happened.</summary>
public static class EventLogExtensions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Stores the facts (the first of any with the same key); returns those not stored before, in the order given, whose
    /// effects are to be applied. In key order, so two transactions storing the same facts never deadlock.
    /// </summary>
    public static async Task<List<TEvent>> AppendAsync<TEvent>(
        this DbContext db, IReadOnlyList<TEvent> facts, Func<TEvent, string> keyOf, Func<TEvent, DateTimeOffset> occurredAt, CancellationToken ct)
    {
        var type = typeof(TEvent).Name;
        var distinct = facts.DistinctBy(keyOf).ToList();
        var ordered = distinct.OrderBy(keyOf, StringComparer.Ordinal).ToList();
        string[] keys = [.. ordered.Select(keyOf)], payloads = [.. ordered.Select(f => JsonSerializer.Serialize(f, Json))];
        DateTimeOffset[] occurred = [.. ordered.Select(f => occurredAt(f).ToUniversalTime())]; // timestamptz takes UTC only
        var stored = (await db.Database.SqlQuery<string>(
            $"""
            INSERT INTO event_log (type, key, occurred_at, payload, stored_at)
            SELECT {type}, u.key, u.occurred_at, u.payload::jsonb, now() FROM unnest({keys}, {occurred}, {payloads}) AS u (key, occurred_at, payload)
            ON CONFLICT (type, key) DO NOTHING RETURNING key AS "Value"
            """).ToListAsync(ct)).ToHashSet();
        return [.. distinct.Where(f => stored.Contains(keyOf(f)))];
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
