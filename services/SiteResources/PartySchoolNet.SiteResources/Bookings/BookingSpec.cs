using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.SiteResources.Bookings;

/// <summary>What a booking asks for, already validated field by field.</summary>
public sealed record BookingSpec(
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, BookingPurpose Purpose, string Title, int AudienceSize, string ReferenceId, string? RequestId);
