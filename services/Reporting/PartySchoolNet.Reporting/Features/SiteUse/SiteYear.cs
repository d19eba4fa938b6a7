using PartySchoolNet.Reporting.Features.Cells;

namespace PartySchoolNet.Reporting.Features.SiteUse;

/// <summary>
/// One site's bookings that count (booked, not cancelled) in one year, month by month (index 0 is January): what the site
/// report sums, a row per site instead of a row per booking.
/// </summary>
public sealed class SiteYear
{
    public static readonly CellModel Model = new("site_use", "DELETE FROM site_years WHERE site_id = ANY({0})",
        $"""
        INSERT INTO site_years (site_id, year, owner_path, hours, bookings, audience)
        SELECT site_id, year, owner_path, {MonthArray.Of("hours", "numeric")}, {MonthArray.Of("bookings", "int")}, {MonthArray.Of("audience", "int")}
        FROM (SELECT site_id, extract(year FROM month)::int AS year, owner_path, extract(month FROM month)::int AS m,
                     sum(hours) AS hours, count(*) AS bookings, sum(audience) AS audience
              FROM site_bookings WHERE booked AND NOT cancelled AND site_id = ANY({"{0}"}) GROUP BY 1, 2, 3, 4) monthly
        GROUP BY site_id, year, owner_path
        """);

    public Guid SiteId { get; private set; }
    public int Year { get; private set; }
    public string OwnerPath { get; private set; } = "";
    public decimal[] Hours { get; private set; } = [];
    public int[] Bookings { get; private set; } = [];
    public int[] Audience { get; private set; } = [];
}
