using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Reporting.Cells;

namespace PartySchoolNet.Reporting.Coverage;

/// <summary>
/// How the roster and the credits change, live or rebuilt, in any order: a cadre's older snapshot never replaces a newer one,
/// and credits add up per cadre and year whether or not the roster has arrived yet. The units touched (a moved cadre's old
/// one too) are marked for their <see cref="CoverageCells"/> to be summed again.
/// </summary>
public static class CoverageFold
{
    public static Task RememberAsync(DbContext db, CadresChanged change, CancellationToken ct)
    {
        var c = change.Cadres;
        Guid[] ids = [.. c.Select(x => x.CadreId)], units = [.. c.Select(x => x.UnitId)], schools = [.. c.Select(x => x.SchoolId)];
        string[] unitNames = [.. c.Select(x => x.UnitName)], paths = [.. c.Select(x => x.SchoolPath)], names = [.. c.Select(x => x.Name)];
        string[] levels = [.. c.Select(x => x.PositionLevel.ToString())];
        decimal[] required = [.. c.Select(x => x.RequiredHours)];
        DateTimeOffset[] updated = [.. c.Select(x => x.UpdatedAt.ToUniversalTime())];
        return StaleCells.FoldAsync(db, CoverageCells.Model,
            """
            WITH before AS (SELECT unit_id FROM cadres WHERE cadre_id = ANY({0})),
            changed AS (
                INSERT INTO cadres (cadre_id, unit_id, unit_name, school_id, school_path, name, position_level, required_hours, updated_at)
                SELECT DISTINCT ON (u.cadre_id) u.cadre_id, u.unit_id, u.unit_name, u.school_id, u.school_path, u.name, u.position_level, u.required_hours, u.updated_at
                FROM unnest({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8})
                     AS u (cadre_id, unit_id, unit_name, school_id, school_path, name, position_level, required_hours, updated_at)
                ORDER BY u.cadre_id, u.updated_at DESC
                ON CONFLICT (cadre_id) DO UPDATE SET unit_id = excluded.unit_id, unit_name = excluded.unit_name, school_id = excluded.school_id,
                    school_path = excluded.school_path, name = excluded.name, position_level = excluded.position_level,
                    required_hours = excluded.required_hours, updated_at = excluded.updated_at
                WHERE cadres.updated_at <= excluded.updated_at
                RETURNING unit_id),
            touched AS (SELECT unit_id AS key FROM before UNION ALL SELECT unit_id FROM changed)
            """, [ids, units, unitNames, schools, paths, names, levels, required, updated], ct);
    }

    /// <summary>Each trainee credited with hours gains them in the year the class ended (a class once however many lines credit them).</summary>
    public static Task CreditedAsync(DbContext db, IReadOnlyList<ClassCompleted> completed, CancellationToken ct)
    {
        var credits = completed
            .SelectMany(c => c.Trainees.Where(t => t.CreditedHours > 0).GroupBy(t => t.CadreId)
                .Select(g => (CadreId: g.Key, c.Class.EndDate, Hours: g.Sum(t => t.CreditedHours))))
            .GroupBy(t => (t.CadreId, t.EndDate.Year)).OrderBy(g => g.Key).ToList();
        if (credits.Count == 0)
        {
            return Task.CompletedTask;
        }
        Guid[] ids = [.. credits.Select(g => g.Key.CadreId)];
        int[] years = [.. credits.Select(g => g.Key.Year)], classes = [.. credits.Select(g => g.Count())];
        decimal[] hours = [.. credits.Select(g => g.Sum(t => t.Hours))];
        DateOnly[] lastTrained = [.. credits.Select(g => g.Max(t => t.EndDate))];
        return StaleCells.FoldAsync(db, CoverageCells.Model,
            """
            WITH credited AS (
                INSERT INTO cadre_credits (cadre_id, year, hours, classes, last_trained)
                SELECT * FROM unnest({0}, {1}, {2}, {3}, {4})
                ON CONFLICT (cadre_id, year) DO UPDATE SET hours = cadre_credits.hours + excluded.hours, classes = cadre_credits.classes + excluded.classes,
                    last_trained = GREATEST(cadre_credits.last_trained, excluded.last_trained)
                RETURNING cadre_id),
            -- each cadre's unit by its key: a batch's thousand credits are estimated well enough to hash all the roster instead
            touched AS (SELECT key FROM (SELECT (SELECT unit_id FROM cadres c WHERE c.cadre_id = credited.cadre_id) AS key FROM credited) u WHERE key IS NOT NULL)
            """, [ids, years, hours, classes, lastTrained], ct);
    }
}
