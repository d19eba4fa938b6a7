using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Sites;

namespace PartySchoolNet.SiteResources.Bookings;

/// <summary>
/// A site held for a time range. Pending and Confirmed bookings hold the time; PostgreSQL's exclusion constraint
/// keeps two of them on one site from overlapping. The status moves only along the transitions below.
/// </summary>
public sealed class Booking
{
    public static readonly BookingStatus[] Holding = [BookingStatus.Pending, BookingStatus.Confirmed];

    public Guid Id { get; private set; }
    public Guid SiteId { get; private set; }
    public string OwnerPath { get; private set; } = "";
    public Guid RequestingSchoolId { get; private set; }
    public string RequestingPath { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public BookingPurpose Purpose { get; private set; }
    public string Title { get; private set; } = "";
    public int AudienceSize { get; private set; }
    public string ReferenceId { get; private set; } = "";
    public string? RequestId { get; private set; }
    public BookingStatus Status { get; private set; }
    public string RequestedBy { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public string DecidedBy { get; private set; } = "";
    public DateTimeOffset? DecidedAt { get; private set; }
    public string DecisionNote { get; private set; } = "";
    public string CancelledBy { get; private set; } = "";
    public DateTimeOffset? CancelledAt { get; private set; }
    public string CancelReason { get; private set; } = "";
    public long Version { get; private set; }

    public TimeSpan Duration => EndsAt - StartsAt;

    public static Booking Request(Site site, SchoolReplica requester, BookingSpec spec, bool needsApproval, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), SiteId = site.Id, OwnerPath = site.OwnerPath,
        RequestingSchoolId = requester.Id, RequestingPath = requester.Path,
        StartsAt = spec.StartsAt, EndsAt = spec.EndsAt, Purpose = spec.Purpose, Title = spec.Title, AudienceSize = spec.AudienceSize,
        ReferenceId = spec.ReferenceId, RequestId = spec.RequestId,
        Status = needsApproval ? BookingStatus.Pending : BookingStatus.Confirmed,
        RequestedBy = by, RequestedAt = now, Version = 1,
    };

    public void Approve(string by, string note, DateTimeOffset now)
    {
        MoveTo(BookingStatus.Confirmed);
        (DecidedBy, DecidedAt, DecisionNote) = (by, now, note);
    }

    public void Decline(string by, string reason, DateTimeOffset now)
    {
        MoveTo(BookingStatus.Declined);
        (DecidedBy, DecidedAt, DecisionNote) = (by, now, reason);
    }

    public void Cancel(string by, string reason, DateTimeOffset now)
    {
        if (EndsAt <= now)
        {
            throw new StateConflictException("booking_already_ended", "预约时段已经结束，不能取消");
        }
        MoveTo(BookingStatus.Cancelled);
        (CancelledBy, CancelledAt, CancelReason) = (by, now, reason);
    }

    private void MoveTo(BookingStatus next)
    {
        var allowed = (Status, next) switch
        {
            (BookingStatus.Pending, BookingStatus.Confirmed or BookingStatus.Declined or BookingStatus.Cancelled) => true,
            (BookingStatus.Confirmed, BookingStatus.Cancelled) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new StateConflictException("booking_state_refuses", $"预约当前为“{BookingLabels.Status(Status)}”，不能改为“{BookingLabels.Status(next)}”");
        }
        (Status, Version) = (next, Version + 1);
    }

    public BookingSnapshot Snapshot() => new()
    {
        BookingId = Id, SiteId = SiteId, OwnerSchoolPath = OwnerPath, RequestingSchoolId = RequestingSchoolId, RequestingSchoolPath = RequestingPath,
        StartsAt = StartsAt, EndsAt = EndsAt, AudienceSize = AudienceSize, Purpose = Purpose, ReferenceId = ReferenceId,
    };
}
