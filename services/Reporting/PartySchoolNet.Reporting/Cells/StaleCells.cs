using Microsoft.EntityFrameworkCore;

namespace PartySchoolNet.Reporting.Cells;

/// <summary>
/// Read models kept as cells summed from the facts, so a report reads a row per unit, instructor or site instead of a row
/// per cadre, session or booking. A fold only marks the keys it touched as stale, in its own statement (so the consumer's
/// lag does not grow); a report first sums the stale keys again, one refresher per model at a time, so it always reads
/// what has been folded.
/// </summary>
public static class StaleCells
{
    /// <summary>
    /// Runs a fold's statement, whose CTEs end in <c>touched</c> (the <c>key</c>s it changed), marking those keys stale in the
    /// same statement: in one order, so that concurrent folds never deadlock; a key already stale gets a newer version.
    /// </summary>
    public static Task<int> FoldAsync(DbContext db, CellModel model, string withTouched, IEnumerable<object> parameters, CancellationToken ct) =>
#pragma warning disable EF1003 // the statement and the model's name are this service's constants; the values are parameters
        db.Database.ExecuteSqlRawAsync(
            withTouched +
            $"""

            INSERT INTO stale_cells (model, key, version) SELECT DISTINCT '{model.Name}', key, 1 FROM touched ORDER BY 2
            ON CONFLICT (model, key) DO UPDATE SET version = stale_cells.version + 1
            """, parameters, ct);
#pragma warning restore EF1003

    /// <summary>Sums again the model's stale keys, if any.</summary>
    public static async Task RefreshAsync(DbContext db, CellModel model, CancellationToken ct)
    {
        if (!await db.Set<StaleCell>().AnyAsync(s => s.Model == model.Name, ct))
        {
            return;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // One refresher at a time, or a sum read from an older snapshot could overwrite a newer one.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('stale_cells:' || {model.Name}))", ct);
        var stale = await db.Set<StaleCell>().AsNoTracking().Where(s => s.Model == model.Name).ToListAsync(ct);
        Guid[] keys = [.. stale.Select(s => s.Key)];
        long[] versions = [.. stale.Select(s => s.Version)];
        await db.Database.ExecuteSqlRawAsync(model.Clear, [keys], ct);
        await db.Database.ExecuteSqlRawAsync(model.Sum, [keys], ct);
        // A key changed again since it was read keeps its newer version, and is summed by the next refresh.
        await db.Database.ExecuteSqlAsync(
            $"""
            DELETE FROM stale_cells s USING unnest({keys}, {versions}) AS v (key, version)
            WHERE s.model = {model.Name} AND s.key = v.key AND s.version = v.version
            """, ct);
        await tx.CommitAsync(ct);
    }
}

/// <summary>A model of cells: its name, the statement that deletes the cells of keys {0}, and the one that sums them again from the facts.</summary>
public sealed record CellModel(string Name, string Clear, string Sum);

/// <summary>A key whose facts changed after its cells were summed; the version tells a later change from the one summed.</summary>
public sealed class StaleCell
{
    public string Model { get; private set; } = "";
    public Guid Key { get; private set; }
    public long Version { get; private set; }
}
