using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Geo;

namespace PartySchoolNet.FacultyPool.Assignments;

/// <summary>
/// An instructor held for a teaching slot. Two exclusion constraints in PostgreSQL keep an instructor's active assignments
/// from overlapping, and keep those at different places at least the travel gap apart: [<see cref="TravelFrom"/>,
/// <see cref="TravelUntil"/>) is the slot widened by half the gap on each side.
/// </summary>
public sealed class Assignment
{
    public Guid Id { get; private set; }
    public Guid InstructorId { get; private set; }
    public string HomePath { get; private set; } = "";
    public Guid RequestingSchoolId { get; private set; }
    public string RequestingPath { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public DateTimeOffset TravelFrom { get; private set; }
    public DateTimeOffset TravelUntil { get; private set; }
    public string PlaceName { get; private set; } = "";
    public string PlaceKey { get; private set; } = "";
    public double? PlaceLatitude { get; private set; }
    public double? PlaceLongitude { get; private set; }
    public Guid? SiteId { get; private set; }
    public string Title { get; private set; } = "";
    public int AudienceSize { get; private set; }
    public string ReferenceId { get; private set; } = "";
    public string? RequestId { get; private set; }
    public Guid? LendingRequestId { get; private set; }
    public AssignmentStatus Status { get; private set; }
    public string AssignedBy { get; private set; } = "";
    public DateTimeOffset AssignedAt { get; private set; }
    public string ReleasedBy { get; private set; } = "";
    public DateTimeOffset? ReleasedAt { get; private set; }
    public string ReleaseReason { get; private set; } = "";
    public long Version { get; private set; }

    public GeoPoint? PlaceLocation => GeoPoint.From(PlaceLatitude, PlaceLongitude);

    public static Assignment Make(
        Instructor instructor, SchoolReplica requester, SlotSpec slot, TimeSpan travelGap, string? requestId, Guid? lendingRequestId, string by, DateTimeOffset now)
    {
        var half = travelGap / 2;
        return new Assignment
        {
            Id = Guid.CreateVersion7(now), InstructorId = instructor.Id, HomePath = instructor.HomePath,
            RequestingSchoolId = requester.Id, RequestingPath = requester.Path,
            StartsAt = slot.StartsAt, EndsAt = slot.EndsAt, TravelFrom = slot.StartsAt - half, TravelUntil = slot.EndsAt + half,
            PlaceName = slot.PlaceName, PlaceKey = slot.PlaceKey, PlaceLatitude = slot.PlaceLocation?.Latitude, PlaceLongitude = slot.PlaceLocation?.Longitude,
            SiteId = slot.SiteId, Title = slot.Title, AudienceSize = slot.AudienceSize, ReferenceId = slot.ReferenceId,
            RequestId = requestId, LendingRequestId = lendingRequestId, Status = AssignmentStatus.Active, AssignedBy = by, AssignedAt = now, Version = 1,
        };
    }

    public void Release(string by, string reason, DateTimeOffset now)
    {
        if (Status != AssignmentStatus.Active)
        {
            throw new StateConflictException("assignment_already_released", "该安排已经取消");
        }
        if (EndsAt <= now)
        {
            throw new StateConflictException("assignment_already_ended", "授课时段已经结束，不能取消");
        }
        (Status, ReleasedBy, ReleasedAt, ReleaseReason, Version) = (AssignmentStatus.Released, by, now, reason, Version + 1);
    }

    public SlotSpec Slot => new(StartsAt, EndsAt, PlaceName, PlaceLocation, SiteId, Title, AudienceSize, ReferenceId);

    public AssignmentSnapshot Snapshot() => new()
    {
        AssignmentId = Id, InstructorId = InstructorId, HomeSchoolPath = HomePath, RequestingSchoolId = RequestingSchoolId,
        RequestingSchoolPath = RequestingPath, StartsAt = StartsAt, EndsAt = EndsAt, PlaceName = PlaceName, AudienceSize = AudienceSize,
        ReferenceId = ReferenceId, LendingRequestId = LendingRequestId,
    };
}
