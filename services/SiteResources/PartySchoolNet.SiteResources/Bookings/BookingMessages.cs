using Google.Protobuf.WellKnownTypes;
using PartySchoolNet.SiteResources.Sites;

namespace PartySchoolNet.SiteResources.Bookings;

internal static class BookingMessages
{
    public static Contracts.Booking ToMessage(this Booking booking, Site site, string requestingSchoolName) => new()
    {
        BookingId = booking.Id.ToString(), SiteId = site.Id.ToString(), SiteName = site.Name, OwnerSchoolId = site.OwnerSchoolId.ToString(),
        RequestingSchoolId = booking.RequestingSchoolId.ToString(), RequestingSchoolName = requestingSchoolName,
        StartTime = Timestamp.FromDateTimeOffset(booking.StartsAt), EndTime = Timestamp.FromDateTimeOffset(booking.EndsAt),
        Purpose = booking.Purpose, Title = booking.Title, AudienceSize = booking.AudienceSize, ReferenceId = booking.ReferenceId,
        Status = booking.Status, RequestedBy = booking.RequestedBy, RequestedAt = Timestamp.FromDateTimeOffset(booking.RequestedAt),
        DecidedBy = booking.DecidedBy, DecisionNote = booking.DecisionNote, CancelledBy = booking.CancelledBy, CancelReason = booking.CancelReason,
        Version = booking.Version,
    };
}
