namespace PartySchoolNet.FacultyPool.Contracts;

/// <summary>What other services need to know of an instructor; the home school's path is there for tenancy.</summary>
public sealed record InstructorSnapshot
{
    public required Guid InstructorId { get; init; }
    public required Guid HomeSchoolId { get; init; }
    public required string HomeSchoolPath { get; init; }
    public required string Name { get; init; }
    public required InstructorKind Kind { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public required SharingScope SharedWith { get; init; }
    public required int MonthlyLoadLimit { get; init; }
    public required bool Retired { get; init; }

    /// <summary>Grows with every change, so a consumer can ignore facts older than what it holds.</summary>
    public required long Version { get; init; }
}

public sealed record InstructorRegistered(InstructorSnapshot Instructor, DateTimeOffset OccurredAt);

public sealed record InstructorChanged(InstructorSnapshot Instructor, DateTimeOffset OccurredAt);

/// <summary>An assignment's facts at the moment of an event about it.</summary>
public sealed record AssignmentSnapshot
{
    public required Guid AssignmentId { get; init; }
    public required Guid InstructorId { get; init; }
    public required string HomeSchoolPath { get; init; }
    public required Guid RequestingSchoolId { get; init; }
    public required string RequestingSchoolPath { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public required string PlaceName { get; init; }
    public required int AudienceSize { get; init; }
    public required string ReferenceId { get; init; }
    public Guid? LendingRequestId { get; init; }
}

/// <summary>The instructor's time is held for the slot (assigned directly, or on an approved lending request).</summary>
public sealed record InstructorAssigned(AssignmentSnapshot Assignment, DateTimeOffset OccurredAt);

/// <summary>The instructor's time is free again.</summary>
public sealed record AssignmentReleased(AssignmentSnapshot Assignment, string Reason, DateTimeOffset OccurredAt);

/// <summary>A lending request's facts: who asked whom for which instructor and slot.</summary>
public sealed record LendingSnapshot
{
    public required Guid LendingRequestId { get; init; }
    public required Guid InstructorId { get; init; }
    public required string HomeSchoolPath { get; init; }
    public required Guid RequestingSchoolId { get; init; }
    public required string RequestingSchoolPath { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public required string ReferenceId { get; init; }
}

public sealed record LendingRequested(LendingSnapshot Lending, DateTimeOffset OccurredAt);

/// <summary>Approved; <paramref name="AssignmentId"/> is the assignment made in the same transaction.</summary>
public sealed record LendingApproved(LendingSnapshot Lending, Guid AssignmentId, DateTimeOffset OccurredAt);

public sealed record LendingDeclined(LendingSnapshot Lending, string Reason, DateTimeOffset OccurredAt);

public sealed record LendingCancelled(LendingSnapshot Lending, string Reason, DateTimeOffset OccurredAt);
