using PartySchoolNet.Persistence;
using PartySchoolNet.SiteResources.Data;

namespace PartySchoolNet.SiteResources.Bookings;

/// <summary>Saves a decision or cancellation; two people acting on one booking at once are told, not overwritten.</summary>
internal static class BookingSaving
{
    public static readonly Refusal ChangedConcurrently = new("booking_changed_concurrently", "该预约刚被他人处理，请刷新后查看");

    public static Task SaveBookingChangeAsync(this SiteResourcesDbContext db, CancellationToken ct) => db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
}
