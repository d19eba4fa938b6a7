using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Reporting.Cells;

namespace PartySchoolNet.Reporting.Coverage;

/// <summary>The units' <see cref="CoverageCell"/>s, for every year a report has asked for (the first ask sums every unit).</summary>
public static class CoverageCells
{
    /// <summary>The longest "not trained for N years" window a report may ask for.</summary>
    public const int Windows = 10;

    public static readonly CellModel Model = new("coverage", "DELETE FROM coverage_cells WHERE unit_id = ANY({0})",
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
        """);

    public static async Task RefreshAsync(DbContext db, int year, CancellationToken ct)
    {
        if (!await db.Set<CoverageYear>().AnyAsync(y => y.Year == year, ct))
        {
            await StaleCells.FoldAsync(db, Model,
                """
                WITH added AS (INSERT INTO coverage_years (year) VALUES ({0}) ON CONFLICT DO NOTHING RETURNING year),
                touched AS (SELECT unit_id AS key FROM cadres WHERE EXISTS (SELECT 1 FROM added))
                """, [year], ct);
        }
        await StaleCells.RefreshAsync(db, Model, ct);
    }

    private static string Each(string condition) =>
        string.Join(", ", Enumerable.Range(1, Windows).Select(n => "count(*) FILTER (WHERE " + condition.Replace("{0}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) + ")"));
}
