using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Reporting.Cells;
using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.Reporting.SiteUse;

/// <summary>
/// How the site tables change, live or rebuilt, in any order: an older snapshot never overwrites a newer one, and a
/// cancellation seen before its booking still leaves the booking cancelled.
/// </summary>
public static class SiteUseFold
{
    public static Task RememberAsync(DbContext db, SiteSnapshot s, CancellationToken ct)
    {
        var kind = s.Kind.ToString();
        var weekly = WeeklyHours(s.OpeningHours ?? []);
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO sites (site_id, owner_path, name, kind, capacity, retired, weekly_hours, version)
            VALUES ({s.SiteId}, {s.OwnerSchoolPath}, {s.Name}, {kind}, {s.Capacity}, {s.Retired}, {weekly}, {s.Version})
            ON CONFLICT (site_id) DO UPDATE SET owner_path = excluded.owner_path, name = excluded.name, kind = excluded.kind,
                capacity = excluded.capacity, retired = excluded.retired, weekly_hours = excluded.weekly_hours, version = excluded.version
            WHERE sites.version < excluded.version
            """, ct);
    }

    public static Task BookedAsync(DbContext db, BookingSnapshot b, CancellationToken ct) => BookingAsync(db, b, booked: true, ct);

    public static Task CancelledAsync(DbContext db, BookingSnapshot b, CancellationToken ct) => BookingAsync(db, b, booked: false, ct);

    private static Task<int> BookingAsync(DbContext db, BookingSnapshot b, bool booked, CancellationToken ct)
    {
        var (month, hours, cancelled) = (ChinaTime.MonthOf(b.StartsAt), Math.Round((decimal)(b.EndsAt - b.StartsAt).TotalHours, 2), !booked);
        return StaleCells.FoldAsync(db, SiteYear.Model,
            """
            WITH booking AS (
                INSERT INTO site_bookings (booking_id, site_id, owner_path, month, hours, audience, booked, cancelled)
                VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7})
                ON CONFLICT (booking_id) DO UPDATE SET booked = site_bookings.booked OR excluded.booked, cancelled = site_bookings.cancelled OR excluded.cancelled
                RETURNING site_id),
            touched AS (SELECT site_id AS key FROM booking)
            """, [b.BookingId, b.SiteId, b.OwnerSchoolPath, month, hours, b.AudienceSize, booked, cancelled], ct);
    }

    private static double[] WeeklyHours(IReadOnlyList<OpenWindow> windows) =>
        [.. Enumerable.Range(1, 7).Select(day => windows.Where(w => w.Weekday == day).Sum(w => (w.Closes - w.Opens).TotalHours))];
}
