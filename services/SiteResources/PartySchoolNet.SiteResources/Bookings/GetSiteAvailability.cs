using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Data;
using PartySchoolNet.SiteResources.Sites;

namespace PartySchoolNet.SiteResources.Bookings;

/// <summary>
/// A site's calendar for anyone who may read the site: its opening hours and the times held in a window. Who holds
/// them is left out, since a township may book a shared site but not read other schools' bookings.
/// </summary>
internal sealed class GetSiteAvailability(SiteResourcesDbContext db)
{
    public const int MaxDays = 31;

    public async Task<SiteAvailability> HandleAsync(GetSiteAvailabilityRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.SiteId, "site_id", "场地");
        var (from, until) = errors.Range(request.From, request.Until, "from", "until");
        errors.When(from is { } f && until is { } u && (u - f).TotalDays > MaxDays, "until", $"一次最多查询{MaxDays}天").ThrowIfAny();

        var site = await db.GetReadableSiteAsync(id, caller, ct);
        var holding = Booking.Holding.ToList();
        var busy = await db.Bookings.AsNoTracking()
            .Where(b => b.SiteId == site.Id && holding.Contains(b.Status) && b.StartsAt < until && b.EndsAt > from)
            .OrderBy(b => b.StartsAt)
            .Select(b => new { b.StartsAt, b.EndsAt, b.Status })
            .ToListAsync(ct);

        var availability = new SiteAvailability { SiteId = site.Id.ToString(), Retired = site.Retired };
        availability.OpeningHours.AddRange(site.OpeningHoursMessage());
        availability.Busy.AddRange(busy.Select(b => new BusyInterval
        {
            StartTime = Timestamp.FromDateTimeOffset(b.StartsAt), EndTime = Timestamp.FromDateTimeOffset(b.EndsAt), Status = b.Status,
        }));
        return availability;
    }
}
