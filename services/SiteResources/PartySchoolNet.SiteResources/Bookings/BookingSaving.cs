using Microsoft.EntityFrameworkCore;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.SiteResources.Data;

namespace PartySchoolNet.SiteResources.Bookings;

/// <summary>Saves a decision or cancellation; two people acting on one booking at once are told, not overwritten.</summary>
internal static class BookingSaving
{
    public static async Task SaveBookingChangeAsync(this SiteResourcesDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StateConflictException("booking_changed_concurrently", "该预约刚被他人处理，请刷新后查看");
        }
    }
}
