using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Reporting.Cells;
using PartySchoolNet.Reporting.Periods;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Reporting.InstructorUse;

/// <summary>What the report shows of one instructor over the months: taught, lent, busiest month, facts and ratings.</summary>
internal sealed record InstructorLine(
    Guid InstructorId, string? Name, string? Kind, string HomePath, int MonthlyLoadLimit, int Sessions, decimal Hours, int LentSessions,
    decimal LentHours, double Rating, int RatingCount);

/// <summary>The instructors of one kind (empty when their facts are not known yet): how many taught, and what.</summary>
internal sealed record KindLine(string Kind, int Instructors, int Sessions, decimal Hours, int LentSessions, decimal LentHours);

/// <summary>
/// The scope's instructors who taught in the months, from their <see cref="InstructorYear"/>s: each year's months summed in
/// SQL from the running totals (two reads per array, whatever the months), summed per instructor, and then both ranked —
/// only the page comes back, with its facts and ratings — and summed per kind, in one statement: the whole city is a page
/// and a few kinds, not 2,000 rows for the service to sort.
/// </summary>
internal static class InstructorTotals
{
    // Constant; the scope is {0} and {1}, the months {2}-{3} to {4}-{5} (year, month), the page size {6}.
    private static readonly string CellsSql =
        $"""
        WITH taught AS (
            SELECT y.instructor_id, min(y.home_path) AS home_path,
                   sum({MonthArray.Taken("sessions")})::int AS sessions, sum({MonthArray.Taken("hours")}) AS hours,
                   sum({MonthArray.Taken("lent_sessions")})::int AS lent_sessions, sum({MonthArray.Taken("lent_hours")}) AS lent_hours
            FROM instructor_years y
            {MonthArray.MonthsOfYear}
            WHERE (y.home_path = {"{0}"} OR y.home_path LIKE {"{1}"}) AND y.year BETWEEN {"{2}"} AND {"{4}"}
            GROUP BY y.instructor_id
            HAVING sum({MonthArray.Taken("sessions")}) > 0),
        named AS (SELECT t.*, f.name, coalesce(f.kind, '') AS kind, f.monthly_load_limit FROM taught t LEFT JOIN instructors f ON f.instructor_id = t.instructor_id)
        (SELECT false AS is_kind, n.instructor_id, n.home_path, n.name, n.kind, coalesce(n.monthly_load_limit, 0) AS monthly_load_limit, r.score_sum, r.ratings,
                1 AS instructors, n.sessions, n.hours, n.lent_sessions, n.lent_hours
         FROM named n LEFT JOIN instructor_rating_totals r ON r.instructor_id = n.instructor_id
         ORDER BY n.hours DESC, n.name IS NULL, n.name COLLATE "C", n.instructor_id
         LIMIT {"{6}"})
        UNION ALL
        SELECT true, NULL, '', NULL, kind, 0, NULL, NULL, count(*)::int, sum(sessions)::int, sum(hours), sum(lent_sessions)::int, sum(lent_hours)
        FROM named GROUP BY kind
        """;

    private sealed class Cell
    {
        public bool IsKind { get; init; }
        public Guid? InstructorId { get; init; }
        public string HomePath { get; init; } = "";
        public string? Name { get; init; }
        public string Kind { get; init; } = "";
        public int MonthlyLoadLimit { get; init; }
        public double? ScoreSum { get; init; }
        public int? Ratings { get; init; }
        public int Instructors { get; init; }
        public int Sessions { get; init; }
        public decimal Hours { get; init; }
        public int LentSessions { get; init; }
        public decimal LentHours { get; init; }
    }

    /// <summary>The page of instructors, most hours first, then by name; and every kind's totals, most hours first.</summary>
    public static async Task<(List<InstructorLine> Page, List<KindLine> Kinds)> ReadAsync(DbContext db, string scope, MonthRange months, int pageSize, CancellationToken ct)
    {
        await StaleCells.RefreshAsync(db, InstructorYear.Model, ct);
#pragma warning disable EF1003 // the statement is this class's constant; every value is a parameter
        var cells = await db.Database.SqlQueryRaw<Cell>(CellsSql, [scope, scope + ".%", .. MonthArray.MonthsOfYearParameters(months), pageSize]).ToListAsync(ct);
#pragma warning restore EF1003
        var page = cells.Where(c => !c.IsKind)
            .Select(c => new InstructorLine(c.InstructorId!.Value, c.Name, c.Kind, c.HomePath, c.MonthlyLoadLimit, c.Sessions, c.Hours, c.LentSessions, c.LentHours,
                c.Ratings is > 0 ? c.ScoreSum!.Value / c.Ratings.Value : 0, c.Ratings ?? 0))
            .OrderByDescending(l => l.Hours).ThenBy(l => l.Name is null).ThenBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.InstructorId.ToString(), StringComparer.Ordinal).ToList();
        var kinds = cells.Where(c => c.IsKind).Select(c => new KindLine(c.Kind, c.Instructors, c.Sessions, c.Hours, c.LentSessions, c.LentHours))
            .OrderByDescending(k => k.Hours).ThenBy(k => k.Kind, StringComparer.Ordinal).ToList();
        return (page, kinds);
    }

    /// <summary>The most sessions each of the instructors taught in one month of the months, from whichever home school.</summary>
    public static async Task<Dictionary<Guid, int>> BusiestMonthAsync(DbContext db, string scope, MonthRange months, Guid[] instructors, CancellationToken ct)
    {
        var years = await db.Set<InstructorYear>().AsNoTracking().WhereWithin(scope, y => y.HomePath)
            .Where(y => instructors.Contains(y.InstructorId) && y.Year >= months.From.Year && y.Year <= months.To.Year).ToListAsync(ct);
        return years
            .SelectMany(y => MonthArray.Monthly(y.RunningSessions).Select((sessions, i) => (y.InstructorId, Month: new DateOnly(y.Year, i + 1, 1), Sessions: sessions)))
            .Where(m => m.Month >= months.From && m.Month <= months.To)
            .GroupBy(m => (m.InstructorId, m.Month), m => m.Sessions)
            .GroupBy(g => g.Key.InstructorId, g => g.Sum())
            .ToDictionary(g => g.Key, g => g.Max());
    }
}
