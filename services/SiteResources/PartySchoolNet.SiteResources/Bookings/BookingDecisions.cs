using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Data;
using PartySchoolNet.SiteResources.Sites;

namespace PartySchoolNet.SiteResources.Bookings;

/// <summary>The owner's side approves or declines a booking that waits for it.</summary>
internal sealed class BookingDecisions(SiteResourcesDbContext db, TimeProvider clock)
{
    private static readonly string[] DecidingRoles = [Roles.NetworkAdmin, Roles.SchoolAdmin, Roles.Dispatcher];

    public static bool CanDecide(Caller caller, Site site) => caller.IsInAnyRole(DecidingRoles) && caller.CanSee(site.OwnerPath);

    public Task<Contracts.Booking> ApproveAsync(ApproveBookingRequest request, Caller caller, CancellationToken ct) =>
        DecideAsync(request.BookingId, caller, request.Note.Trim(), required: false, (booking, note, now) =>
        {
            booking.Approve(caller.Name, note, now);
            return new SiteBooked(booking.Snapshot(), now);
        }, ct);

    public Task<Contracts.Booking> DeclineAsync(DeclineBookingRequest request, Caller caller, CancellationToken ct) =>
        DecideAsync(request.BookingId, caller, request.Reason.Trim(), required: true, (booking, reason, now) =>
        {
            booking.Decline(caller.Name, reason, now);
            return new SiteBookingDeclined(booking.Snapshot(), reason, now);
        }, ct);

    private async Task<Contracts.Booking> DecideAsync(
        string bookingId, Caller caller, string note, bool required, Func<Booking, string, DateTimeOffset, object> decide, CancellationToken ct)
    {
        caller.EnsureInAnyRole(DecidingRoles);
        var errors = new FieldErrors();
        var id = errors.Id(bookingId, "booking_id", "预约");
        errors.When(required && note.Length == 0, "reason", "请填写拒绝理由").When(note.Length > 500, required ? "reason" : "note", "说明不能超过500个字符");
        errors.ThrowIfAny();

        var booking = await db.GetReadableBookingAsync(id, caller, ct);
        var site = await db.GetManagedSiteAsync(booking.SiteId, caller, ct);
        db.AddEvent(decide(booking, note, clock.GetUtcNow()));
        await db.SaveBookingChangeAsync(ct);
        return booking.ToMessage(site, await db.SchoolNameAsync(booking.RequestingSchoolId, ct));
    }
}
