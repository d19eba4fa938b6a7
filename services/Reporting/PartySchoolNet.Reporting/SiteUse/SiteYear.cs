using PartySchoolNet.Reporting.Cells;

namespace PartySchoolNet.Reporting.SiteUse;

/// <summary>
/// One site's bookings that count (booked, not cancelled) in one year, as running totals to the end of each month (index 0
/// is January): what the site report sums, a row per site instead of a row per booking, two reads for any months.
/// </summary>
public sealed class SiteYear
{
    public static readonly CellModel Model = new("site_use", "DELETE FROM site_years WHERE site_id = ANY({0})",
        $"""
        INSERT INTO site_years (site_id, year, owner_path, running_hours, running_bookings, running_audience)
        SELECT site_id, year, owner_path, {MonthArray.RunningTotal("hours", "numeric")}, {MonthArray.RunningTotal("bookings", "int")},
               {MonthArray.RunningTotal("audience", "int")}
        FROM (SELECT site_id, extract(year FROM month)::int AS year, owner_path, extract(month FROM month)::int AS m,
                     sum(hours) AS hours, count(*) AS bookings, sum(audience) AS audience
              FROM site_bookings WHERE booked AND NOT cancelled AND site_id = ANY({"{0}"}) GROUP BY 1, 2, 3, 4) monthly
        GROUP BY site_id, year, owner_path
        """);

    public Guid SiteId { get; private set; }
    public int Year { get; private set; }
    public string OwnerPath { get; private set; } = "";
    public decimal[] RunningHours { get; private set; } = [];
    public int[] RunningBookings { get; private set; } = [];
    public int[] RunningAudience { get; private set; } = [];
}
