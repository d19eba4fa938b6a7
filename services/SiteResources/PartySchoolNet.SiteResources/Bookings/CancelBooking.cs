using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Data;
using PartySchoolNet.SiteResources.Sites;

namespace PartySchoolNet.SiteResources.Bookings;

/// <summary>The requesting side, or the owner's side, gives the time back; it is free for others at once.</summary>
internal sealed class CancelBooking(SiteResourcesDbContext db, TimeProvider clock)
{
    public async Task<Contracts.Booking> HandleAsync(CancelBookingRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.BookingId, "booking_id", "预约");
        var reason = request.Reason.Trim();
        errors.When(reason.Length > 500, "reason", "取消原因不能超过500个字符").ThrowIfAny();

        var booking = await db.GetReadableBookingAsync(id, caller, ct);
        var site = await db.SiteOfAsync(booking, ct);
        var requesterSide = caller.CanSee(booking.RequestingPath) && caller.IsInAnyRole(BookSite.BookingRoles);
        if (!requesterSide && !BookingDecisions.CanDecide(caller, site))
        {
            throw new ForbiddenException("当前账号无权取消该预约");
        }
        var now = clock.GetUtcNow();
        booking.Cancel(caller.Name, reason, now);
        db.AddEvent(new SiteBookingCancelled(booking.Snapshot(), reason, now));
        await db.SaveBookingChangeAsync(ct);
        return booking.ToMessage(site, await db.SchoolNameAsync(booking.RequestingSchoolId, ct));
    }
}
