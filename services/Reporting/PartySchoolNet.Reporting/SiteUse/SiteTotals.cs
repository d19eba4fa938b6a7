using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Reporting.Cells;
using PartySchoolNet.Reporting.Periods;

namespace PartySchoolNet.Reporting.SiteUse;

/// <summary>
/// The site report's figures summed in SQL from the sites in service and their <see cref="SiteYear"/>s, so the whole city
/// comes back as a few rows per kind and the two ends of the ranking instead of a row per site: per kind, the sites and their
/// opening hours on each weekday; per kind and year, the running totals of bookings summed over the sites; the sites most and
/// least used over the months (hours open = each weekday's hours × how many of that weekday the months have).
/// </summary>
internal static class SiteTotals
{
    private const string InScope = "(s.owner_path = {0} OR s.owner_path LIKE {1}) AND NOT s.retired";

    private static readonly string KindsSql =
        $"""
        SELECT s.kind, count(*)::int AS sites, ARRAY[{string.Join(", ", Enumerable.Range(1, 7).Select(d => $"sum(coalesce(s.weekly_hours[{d}], 0))"))}] AS weekly_hours
        FROM sites s WHERE {InScope} GROUP BY s.kind
        """;

    private static readonly string KindYearsSql =
        $"""
        SELECT s.kind, y.year, {MonthArray.ColumnSums("y.running_hours")} AS running_hours,
               {MonthArray.ColumnSums("y.running_bookings")}::int[] AS running_bookings, {MonthArray.ColumnSums("y.running_audience")}::int[] AS running_audience
        FROM site_years y JOIN sites s ON s.site_id = y.site_id
        WHERE {InScope} AND (y.owner_path = {"{0}"} OR y.owner_path LIKE {"{1}"}) AND y.year BETWEEN {"{2}"} AND {"{4}"}
        GROUP BY s.kind, y.year
        """;

    // {6} is how many of each end; {7}–{13} how many Mondays … Sundays the months have.
    private static readonly string RankedSql =
        $"""
        WITH booked AS (
            SELECT y.site_id, sum({MonthArray.Taken("hours")}) AS hours, sum({MonthArray.Taken("bookings")})::int AS bookings,
                   sum({MonthArray.Taken("audience")})::int AS audience
            FROM site_years y {MonthArray.MonthsOfYear}
            WHERE (y.owner_path = {"{0}"} OR y.owner_path LIKE {"{1}"}) AND y.year BETWEEN {"{2}"} AND {"{4}"}
            GROUP BY y.site_id),
        rated AS (
            SELECT s.site_id, s.name, s.kind, s.owner_path, s.capacity, coalesce(b.hours, 0) AS hours, coalesce(b.bookings, 0) AS bookings,
                   coalesce(b.audience, 0) AS audience, {string.Join(" + ", Enumerable.Range(1, 7).Select(d => $"coalesce(s.weekly_hours[{d}], 0) * {{{6 + d}}}"))} AS open
            FROM sites s LEFT JOIN booked b ON b.site_id = s.site_id
            WHERE {InScope}),
        ranked AS (SELECT *, round((hours::float8 / open)::numeric, 4) AS rate FROM rated WHERE open > 0)
        (SELECT *, true AS most FROM ranked ORDER BY rate DESC, round(hours, 2) DESC, name COLLATE "C" LIMIT {"{6}"})
        UNION ALL
        (SELECT *, false AS most FROM ranked ORDER BY rate, round(hours, 2), name COLLATE "C" LIMIT {"{6}"})
        """;

    public sealed class KindSites
    {
        public string Kind { get; init; } = "";
        public int Sites { get; init; }
        public double[] WeeklyHours { get; init; } = [];
    }

    public sealed class KindYear
    {
        public string Kind { get; init; } = "";
        public int Year { get; init; }
        public decimal[] RunningHours { get; init; } = [];
        public int[] RunningBookings { get; init; } = [];
        public int[] RunningAudience { get; init; } = [];
    }

    public sealed class RankedSite
    {
        public Guid SiteId { get; init; }
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public string OwnerPath { get; init; } = "";
        public int Capacity { get; init; }
        public decimal Hours { get; init; }
        public int Bookings { get; init; }
        public int Audience { get; init; }
        public double Open { get; init; }
        public bool Most { get; init; }
    }

    public static Task<List<KindSites>> KindsAsync(DbContext db, string scope, CancellationToken ct) =>
        Query<KindSites>(db, KindsSql, Bounds(scope), ct);

    public static Task<List<KindYear>> KindYearsAsync(DbContext db, string scope, MonthRange months, CancellationToken ct) =>
        Query<KindYear>(db, KindYearsSql, [.. Bounds(scope), .. MonthArray.MonthsOfYearParameters(months)], ct);

    public static Task<List<RankedSite>> RankedAsync(DbContext db, string scope, MonthRange months, int top, int[] weekdays, CancellationToken ct) =>
        Query<RankedSite>(db, RankedSql, [.. Bounds(scope), .. MonthArray.MonthsOfYearParameters(months), top, .. weekdays.Cast<object>()], ct);

    private static object[] Bounds(string scope) => [scope, scope + ".%"];

#pragma warning disable EF1003 // the statements are this class's constants; every value is a parameter
    private static Task<List<T>> Query<T>(DbContext db, string sql, object[] parameters, CancellationToken ct) =>
        db.Database.SqlQueryRaw<T>(sql, parameters).ToListAsync(ct);
#pragma warning restore EF1003
}
