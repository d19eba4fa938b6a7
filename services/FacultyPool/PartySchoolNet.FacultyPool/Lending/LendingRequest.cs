using PartySchoolNet.FacultyPool.Assignments;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Geo;

namespace PartySchoolNet.FacultyPool.Lending;

/// <summary>
/// A school asks an instructor's home school to lend the instructor for a slot. Pending holds nothing: the time is taken
/// only when the home school approves, in the same transaction as the assignment.
/// </summary>
public sealed class LendingRequest
{
    public Guid Id { get; private set; }
    public Guid InstructorId { get; private set; }
    public Guid HomeSchoolId { get; private set; }
    public string HomePath { get; private set; } = "";
    public Guid RequestingSchoolId { get; private set; }
    public string RequestingPath { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public string PlaceName { get; private set; } = "";
    public double? PlaceLatitude { get; private set; }
    public double? PlaceLongitude { get; private set; }
    public Guid? SiteId { get; private set; }
    public string Title { get; private set; } = "";
    public int AudienceSize { get; private set; }
    public string ReferenceId { get; private set; } = "";
    public string Note { get; private set; } = "";
    public string? RequestId { get; private set; }
    public LendingStatus Status { get; private set; }
    public string RequestedBy { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public string DecidedBy { get; private set; } = "";
    public DateTimeOffset? DecidedAt { get; private set; }
    public string DecisionNote { get; private set; } = "";
    public Guid? AssignmentId { get; private set; }
    public long Version { get; private set; }

    public SlotSpec Slot => new(StartsAt, EndsAt, PlaceName, GeoPoint.From(PlaceLatitude, PlaceLongitude), SiteId, Title, AudienceSize, ReferenceId);

    public static LendingRequest Ask(Instructor instructor, SchoolReplica requester, SlotSpec slot, string note, string? requestId, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), InstructorId = instructor.Id, HomeSchoolId = instructor.HomeSchoolId, HomePath = instructor.HomePath,
        RequestingSchoolId = requester.Id, RequestingPath = requester.Path,
        StartsAt = slot.StartsAt, EndsAt = slot.EndsAt, PlaceName = slot.PlaceName, PlaceLatitude = slot.PlaceLocation?.Latitude,
        PlaceLongitude = slot.PlaceLocation?.Longitude, SiteId = slot.SiteId, Title = slot.Title, AudienceSize = slot.AudienceSize, ReferenceId = slot.ReferenceId,
        Note = note, RequestId = requestId, Status = LendingStatus.Pending, RequestedBy = by, RequestedAt = now, Version = 1,
    };

    public void Approve(Guid assignmentId, string by, string note, DateTimeOffset now)
    {
        MoveTo(LendingStatus.Approved);
        (AssignmentId, DecidedBy, DecidedAt, DecisionNote) = (assignmentId, by, now, note);
    }

    public void Decline(string by, string reason, DateTimeOffset now)
    {
        MoveTo(LendingStatus.Declined);
        (DecidedBy, DecidedAt, DecisionNote) = (by, now, reason);
    }

    public void Cancel(string by, string reason, DateTimeOffset now)
    {
        MoveTo(LendingStatus.Cancelled);
        (DecidedBy, DecidedAt, DecisionNote) = (by, now, reason);
    }

    private void MoveTo(LendingStatus next)
    {
        if (Status != LendingStatus.Pending)
        {
            throw new StateConflictException("lending_state_refuses", $"该申请当前为“{LendingLabels.Status(Status)}”，不能改为“{LendingLabels.Status(next)}”");
        }
        (Status, Version) = (next, Version + 1);
    }

    public LendingSnapshot Snapshot() => new()
    {
        LendingRequestId = Id, InstructorId = InstructorId, HomeSchoolPath = HomePath, RequestingSchoolId = RequestingSchoolId,
        RequestingSchoolPath = RequestingPath, StartsAt = StartsAt, EndsAt = EndsAt, ReferenceId = ReferenceId,
    };
}

internal static class LendingLabels
{
    public static string Status(LendingStatus status) => status switch
    {
        LendingStatus.Pending => "待审批",
        LendingStatus.Approved => "已同意",
        LendingStatus.Declined => "已拒绝",
        LendingStatus.Cancelled => "已撤回",
        _ => "未知",
    };
}
