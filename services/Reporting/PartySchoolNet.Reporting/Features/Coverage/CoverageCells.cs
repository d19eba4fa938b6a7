using Microsoft.EntityFrameworkCore;

namespace PartySchoolNet.Reporting.Features.Coverage;

/// <summary>
/// Keeps <see cref="CoverageCell"/>s equal to the roster and credits they sum. A fold only marks the units it touched as
/// stale (in its own statement, so cheaply that the consumer's lag does not grow); a report first sums again the stale
/// units, one refresher at a time, so it always reads what has been folded.
/// </summary>
public static class CoverageCells
{
    /// <summary>The longest "not trained for N years" window a report may ask for.</summary>
    public const int Windows = 10;

    private const long RefresherLock = 0x636F76657261; // "covera": one refresher at a time, or an older sum could overwrite a newer one

    /// <summary>Completes a statement whose CTE <c>touched</c> names units: marks each stale, in one order so that folds never deadlock.</summary>
    public const string MarkStale =
        """
        INSERT INTO stale_coverage_units (unit_id, version) SELECT DISTINCT unit_id, 1 FROM touched ORDER BY unit_id
        ON CONFLICT (unit_id) DO UPDATE SET version = stale_coverage_units.version + 1
        """;

    private static readonly string Sum =
        $"""
        INSERT INTO coverage_cells (unit_id, school_id, year, school_path, unit_name, cadres, required_hours, earned_hours, trained, met, not_trained, gaps)
        SELECT c.unit_id, c.school_id, y.year, min(c.school_path), min(c.unit_name), count(*), sum(c.required_hours), coalesce(sum(e.hours), 0),
               count(*) FILTER (WHERE e.hours > 0), count(*) FILTER (WHERE coalesce(e.hours, 0) >= c.required_hours),
               ARRAY[{Each("l.last IS NULL OR l.last <= y.year - {0}")}],
               ARRAY[{Each("coalesce(e.hours, 0) < c.required_hours OR l.last IS NULL OR l.last <= y.year - {0}")}]
        FROM cadres c CROSS JOIN coverage_years y
        LEFT JOIN cadre_credits e ON e.cadre_id = c.cadre_id AND e.year = y.year
        LEFT JOIN LATERAL (SELECT max(x.year) AS last FROM cadre_credits x WHERE x.cadre_id = c.cadre_id AND x.year <= y.year) l ON true
        WHERE c.unit_id = ANY({"{0}"})
        GROUP BY c.unit_id, c.school_id, y.year
        """;

    /// <summary>Sums again every stale unit (every unit, the first time a year is asked for).</summary>
    public static async Task RefreshAsync(DbContext db, int year, CancellationToken ct)
    {
        var current = await db.Database.SqlQuery<bool>(
            $"""SELECT NOT EXISTS (SELECT 1 FROM stale_coverage_units) AND EXISTS (SELECT 1 FROM coverage_years WHERE year = {year}) AS "Value" """).SingleAsync(ct);
        if (current)
        {
            return;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RefresherLock})", ct);
        if (await db.Database.ExecuteSqlAsync($"INSERT INTO coverage_years (year) VALUES ({year}) ON CONFLICT DO NOTHING", ct) == 1)
        {
            await db.Database.ExecuteSqlRawAsync("WITH touched AS (SELECT unit_id FROM cadres) " + MarkStale, ct);
        }
        var stale = await db.Set<StaleCoverageUnit>().AsNoTracking().ToListAsync(ct);
        Guid[] units = [.. stale.Select(s => s.UnitId)];
        long[] versions = [.. stale.Select(s => s.Version)];
        await db.Database.ExecuteSqlAsync($"DELETE FROM coverage_cells WHERE unit_id = ANY({units})", ct);
        await db.Database.ExecuteSqlRawAsync(Sum, [units], ct);
        // A unit changed again since it was read keeps its newer version, and is summed by the next refresh.
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM stale_coverage_units s USING unnest({units}, {versions}) AS v (unit_id, version) WHERE s.unit_id = v.unit_id AND s.version = v.version", ct);
        await tx.CommitAsync(ct);
    }

    private static string Each(string condition) =>
        string.Join(", ", Enumerable.Range(1, Windows).Select(n => "count(*) FILTER (WHERE " + condition.Replace("{0}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) + ")"));
}
