using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Data;

namespace PartySchoolNet.SiteResources.Bookings;

internal sealed class GetBooking(SiteResourcesDbContext db)
{
    public async Task<Contracts.Booking> HandleAsync(GetBookingRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.BookingId, "booking_id", "预约");
        errors.ThrowIfAny();
        return await db.ToMessageAsync(await db.GetReadableBookingAsync(id, caller, ct), ct);
    }
}
