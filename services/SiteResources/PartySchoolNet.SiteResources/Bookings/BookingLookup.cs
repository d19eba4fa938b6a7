using Microsoft.EntityFrameworkCore;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Data;
using PartySchoolNet.SiteResources.Sites;

namespace PartySchoolNet.SiteResources.Bookings;

internal static class BookingLookup
{
    /// <summary>The owner's side and the requester's side may both see a booking; nobody else.</summary>
    public static bool CanRead(this Caller caller, Booking booking) => caller.CanSee(booking.OwnerPath) || caller.CanSee(booking.RequestingPath);

    public static async Task<Booking> GetReadableBookingAsync(this SiteResourcesDbContext db, Guid id, Caller caller, CancellationToken ct)
    {
        var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new NotFoundException("预约不存在", "booking_not_found");
        return caller.CanRead(booking) ? booking : throw new ForbiddenException("无权查看该预约");
    }

    /// <summary>The booked site, whoever may read the booking (the site may since have stopped being shared).</summary>
    public static Task<Site> SiteOfAsync(this SiteResourcesDbContext db, Booking booking, CancellationToken ct) =>
        db.Sites.AsNoTracking().FirstAsync(s => s.Id == booking.SiteId, ct);

    public static async Task<Contracts.Booking> ToMessageAsync(this SiteResourcesDbContext db, Booking booking, CancellationToken ct) =>
        booking.ToMessage(await db.SiteOfAsync(booking, ct), await db.SchoolNameAsync(booking.RequestingSchoolId, ct));
}
