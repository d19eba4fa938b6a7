namespace PartySchoolNet.Enrollment.Contracts;

/// <summary>An outreach request's facts at the moment of an event about it; the township's path is there for tenancy.</summary>
public sealed record OutreachSnapshot
{
    public required Guid OutreachRequestId { get; init; }
    public required Guid TownshipId { get; init; }
    public required string TownshipPath { get; init; }
    public required Guid CountyId { get; init; }
    public required string Topic { get; init; }
    public required OutreachAudience Audience { get; init; }
    public required int AudienceSize { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
}

/// <summary>A township asked for teaching (送教下基层).</summary>
public sealed record OutreachRequested(OutreachSnapshot Request, DateTimeOffset OccurredAt);

/// <summary>The county approved; the platform now reserves the instructor and the site.</summary>
public sealed record OutreachApproved(OutreachSnapshot Request, string ApprovedBy, DateTimeOffset OccurredAt);

/// <summary>Instructor and place are held and the outreach class with its session exists.</summary>
public sealed record OutreachScheduled(
    OutreachSnapshot Request, Guid ClassId, Guid InstructorId, Guid? SiteId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset OccurredAt);

/// <summary>The county declined the request.</summary>
public sealed record OutreachDeclined(OutreachSnapshot Request, string Reason, DateTimeOffset OccurredAt);

/// <summary>The township confirmed the session was taught, with how many attended and its rating (1–5).</summary>
public sealed record OutreachDelivered(
    OutreachSnapshot Request, Guid ClassId, Guid InstructorId, int AttendanceCount, int Rating, decimal Hours, DateTimeOffset OccurredAt);

/// <summary>The township withdrew the request; <paramref name="ClassId"/> is the scheduled class it called off, if it was scheduled.</summary>
public sealed record OutreachWithdrawn(OutreachSnapshot Request, string Reason, Guid? ClassId, DateTimeOffset OccurredAt);
