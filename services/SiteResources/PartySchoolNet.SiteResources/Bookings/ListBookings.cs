using Microsoft.EntityFrameworkCore;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Data;

namespace PartySchoolNet.SiteResources.Bookings;

/// <summary>Bookings of sites the caller's scope owns and bookings its schools made, in time order.</summary>
internal sealed class ListBookings(SiteResourcesDbContext db)
{
    public async Task<ListBookingsResponse> HandleAsync(ListBookingsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var siteId = errors.Id(request.SiteId, "site_id", "场地", required: false);
        var requesterId = errors.Id(request.RequestingSchoolId, "requesting_school_id", "预约学校", required: false);
        var (from, until) = request.From is null && request.Until is null
            ? (null, null)
            : errors.Range(request.From, request.Until, "from", "until");
        var page = errors.Page(request.PageSize, request.PageToken, 100, 500);
        errors.ThrowIfAny();

        var query = db.Bookings.AsNoTracking().WhereWithin(caller.ScopePath, b => b.OwnerPath, b => b.RequestingPath);
        if (siteId != Guid.Empty)
        {
            query = query.Where(b => b.SiteId == siteId);
        }
        if (requesterId != Guid.Empty)
        {
            query = query.Where(b => b.RequestingSchoolId == requesterId);
        }
        if (from is { } start && until is { } end)
        {
            query = query.Where(b => b.StartsAt < end && b.EndsAt > start);
        }
        if (request.Statuses.Count > 0)
        {
            var statuses = request.Statuses.ToList();
            query = query.Where(b => statuses.Contains(b.Status));
        }

        var total = await query.CountAsync(ct);
        var rows = await query
            .Join(db.Sites, b => b.SiteId, s => s.Id, (b, s) => new { Booking = b, Site = s })
            .Join(db.Schools, x => x.Booking.RequestingSchoolId, s => s.Id, (x, s) => new { x.Booking, x.Site, RequesterName = s.Name })
            .OrderBy(x => x.Booking.StartsAt).ThenBy(x => x.Booking.Id).Skip(page.Offset).Take(page.Size)
            .ToListAsync(ct);
        var response = new ListBookingsResponse { TotalCount = total, NextPageToken = page.NextToken(total) };
        response.Bookings.AddRange(rows.Select(r => r.Booking.ToMessage(r.Site, r.RequesterName)));
        return response;
    }
}
