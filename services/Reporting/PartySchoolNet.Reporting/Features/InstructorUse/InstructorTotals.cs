using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Reporting.Features.Cells;
using PartySchoolNet.Reporting.Features.Periods;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Reporting.Features.InstructorUse;

/// <summary>What the report shows of one instructor over the months: taught, lent, busiest month, facts and ratings.</summary>
internal sealed record InstructorLine(
    Guid InstructorId, string? Name, string? Kind, string HomePath, int MonthlyLoadLimit, int Sessions, decimal Hours, int LentSessions,
    decimal LentHours, double Rating, int RatingCount);

/// <summary>
/// The scope's instructors who taught in the months, from their <see cref="InstructorYear"/>s: each year's months summed in
/// SQL from the running totals (two reads per array, whatever the months), the facts and ratings joined in the same statement,
/// so the whole city comes back as a row of figures per instructor rather than as arrays.
/// </summary>
internal static class InstructorTotals
{
    // Constant; the scope is {0} and {1}, the months {2}-{3} to {4}-{5} (year, month).
    private static readonly string CellsSql =
        $"""
        SELECT y.instructor_id, y.home_path, f.name, f.kind, f.monthly_load_limit, r.score_sum, r.ratings,
               {MonthArray.Taken("sessions")} AS sessions, {MonthArray.Taken("hours")} AS hours,
               {MonthArray.Taken("lent_sessions")} AS lent_sessions, {MonthArray.Taken("lent_hours")} AS lent_hours
        FROM instructor_years y
        {MonthArray.MonthsOfYear}
        LEFT JOIN instructors f ON f.instructor_id = y.instructor_id
        LEFT JOIN instructor_rating_totals r ON r.instructor_id = y.instructor_id
        WHERE (y.home_path = {"{0}"} OR y.home_path LIKE {"{1}"}) AND y.year BETWEEN {"{2}"} AND {"{4}"}
          AND {MonthArray.Taken("sessions")} > 0
        """;

    private sealed class Cell
    {
        public Guid InstructorId { get; init; }
        public string HomePath { get; init; } = "";
        public string? Name { get; init; }
        public string? Kind { get; init; }
        public int? MonthlyLoadLimit { get; init; }
        public double? ScoreSum { get; init; }
        public int? Ratings { get; init; }
        public int Sessions { get; init; }
        public decimal Hours { get; init; }
        public int LentSessions { get; init; }
        public decimal LentHours { get; init; }
    }

    /// <summary>Most hours first, then by name.</summary>
    public static async Task<List<InstructorLine>> ReadAsync(DbContext db, string scope, MonthRange months, CancellationToken ct)
    {
        await StaleCells.RefreshAsync(db, InstructorYear.Model, ct);
#pragma warning disable EF1003 // the statement is this class's constant; every value is a parameter
        var cells = await db.Database.SqlQueryRaw<Cell>(CellsSql, [scope, scope + ".%", .. MonthArray.MonthsOfYearParameters(months)]).ToListAsync(ct);
#pragma warning restore EF1003
        return [.. cells.GroupBy(c => c.InstructorId).Select(g =>
            {
                var first = g.First();
                return new InstructorLine(g.Key, first.Name, first.Kind, g.Select(c => c.HomePath).Min(StringComparer.Ordinal)!, first.MonthlyLoadLimit ?? 0,
                    g.Sum(c => c.Sessions), g.Sum(c => c.Hours), g.Sum(c => c.LentSessions), g.Sum(c => c.LentHours),
                    first.Ratings is > 0 ? first.ScoreSum!.Value / first.Ratings.Value : 0, first.Ratings ?? 0);
            })
            .OrderByDescending(l => l.Hours).ThenBy(l => l.Name is null).ThenBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.InstructorId.ToString())];
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
