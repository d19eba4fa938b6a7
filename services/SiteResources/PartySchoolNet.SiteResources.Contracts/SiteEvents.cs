namespace PartySchoolNet.SiteResources.Contracts;

/// <summary>What other services need to know of a site; the owner's path is there for tenancy.</summary>
public sealed record SiteSnapshot
{
    public required Guid SiteId { get; init; }
    public required Guid OwnerSchoolId { get; init; }
    public required string OwnerSchoolPath { get; init; }
    public required string Name { get; init; }
    public required SiteKind Kind { get; init; }
    public required int Capacity { get; init; }
    public required double Latitude { get; init; }
    public required double Longitude { get; init; }
    public required IReadOnlyList<string> Themes { get; init; }
    public required SharingScope BookableBy { get; init; }
    public required bool Retired { get; init; }

    /// <summary>Grows with every change, so a consumer can ignore facts older than what it holds.</summary>
    public required long Version { get; init; }

    /// <summary>When the site is open each week (absent from events published before it was added).</summary>
    public IReadOnlyList<OpenWindow>? OpeningHours { get; init; }
}

/// <summary>Open on <paramref name="Weekday"/> (1 = Monday … 7 = Sunday) from <paramref name="Opens"/> to <paramref name="Closes"/>, China time.</summary>
public sealed record OpenWindow(int Weekday, TimeOnly Opens, TimeOnly Closes);

public sealed record SiteRegistered(SiteSnapshot Site, DateTimeOffset OccurredAt);

public sealed record SiteChanged(SiteSnapshot Site, DateTimeOffset OccurredAt);

/// <summary>A booking's facts at the moment of an event about it.</summary>
public sealed record BookingSnapshot
{
    public required Guid BookingId { get; init; }
    public required Guid SiteId { get; init; }
    public required string OwnerSchoolPath { get; init; }
    public required Guid RequestingSchoolId { get; init; }
    public required string RequestingSchoolPath { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public required int AudienceSize { get; init; }
    public required BookingPurpose Purpose { get; init; }
    public required string ReferenceId { get; init; }
}

/// <summary>Booked, waiting for the owner's approval; the time is held.</summary>
public sealed record SiteBookingRequested(BookingSnapshot Booking, DateTimeOffset OccurredAt);

/// <summary>The time is the requester's: booked directly or approved by the owner.</summary>
public sealed record SiteBooked(BookingSnapshot Booking, DateTimeOffset OccurredAt);

public sealed record SiteBookingDeclined(BookingSnapshot Booking, string Reason, DateTimeOffset OccurredAt);

/// <summary>The time is free again.</summary>
public sealed record SiteBookingCancelled(BookingSnapshot Booking, string Reason, DateTimeOffset OccurredAt);
