using PartySchoolNet.Reporting.Periods;

namespace PartySchoolNet.Reporting.Cells;

/// <summary>
/// Builds a row's twelve months from lines that carry a month number <c>m</c>, as one array: the sum of
/// <paramref name="value"/> in each month (0 where none), or its running total to the end of each month.
/// </summary>
public static class MonthArray
{
    public static string Of(string value, string type) => Build(value, type, "=");

    /// <summary>Running totals: any months a to b of the year add up to element b less element a − 1, two reads for any range.</summary>
    public static string RunningTotal(string value, string type) => Build(value, type, "<=");

    /// <summary>
    /// For a row <c>y</c> of a year's running totals, the months of the year that fall in {2}-{3} to {4}-{5} (year, month
    /// parameters) as <c>m.lo</c> to <c>m.hi</c>: join it beside the row.
    /// </summary>
    public const string MonthsOfYear =
        "CROSS JOIN LATERAL (SELECT CASE WHEN y.year = {2} THEN {3} ELSE 1 END AS lo, CASE WHEN y.year = {4} THEN {5} ELSE 12 END AS hi) m";

    /// <summary>The values of <see cref="MonthsOfYear"/>'s parameters {2}–{5} for the months.</summary>
    public static object[] MonthsOfYearParameters(MonthRange months) => [months.From.Year, months.From.Month, months.To.Year, months.To.Month];

    /// <summary>A series' sum over the months <see cref="MonthsOfYear"/> of the row <c>y</c>, from its running totals <c>running_series</c>.</summary>
    public static string Taken(string series) => $"y.running_{series}[m.hi] - coalesce(y.running_{series}[m.lo - 1], 0)";

    /// <summary>The element-wise sum of an array column over a group's rows, as one array.</summary>
    public static string ColumnSums(string array) => "ARRAY[" + string.Join(", ", Enumerable.Range(1, 12).Select(m => $"sum({array}[{m}])")) + "]";

    /// <summary>The figure of each month again, from running totals.</summary>
    public static T[] Monthly<T>(T[] running) where T : System.Numerics.INumber<T> =>
        [.. running.Select((total, i) => total - (i == 0 ? T.Zero : running[i - 1]))];

    private static string Build(string value, string type, string upTo) =>
        "ARRAY[" + string.Join(", ", Enumerable.Range(1, 12).Select(m => $"coalesce(sum({value}) FILTER (WHERE m {upTo} {m}), 0)::{type}")) + "]";
}
