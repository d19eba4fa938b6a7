using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>
/// A township's request for teaching (送教下基层) and, once approved, the durable state of the process that reserves the
/// instructor, books the site and schedules the class. Each transition commits with its events (outbox); a process that
/// dies mid-step is picked up again by <see cref="OutreachSweeper"/> once its lease runs out.
/// </summary>
public sealed class OutreachRequest
{
    private OutreachRequest()
    {
    }

    public Guid Id { get; private set; }
    public Guid TownshipId { get; private set; }
    public string TownshipPath { get; private set; } = "";
    public Guid CountyId { get; private set; }
    public OutreachSpec Details { get; private set; } = new();
    public OutreachStatus Status { get; private set; }
    public string Reason { get; private set; } = "";
    public string RequestedBy { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public string ApprovedBy { get; private set; } = "";
    public DateTimeOffset? ApprovedAt { get; private set; }
    public DateTimeOffset? ScheduledAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Grows with every approval: request ids of one attempt never collide with another's.</summary>
    public int Attempt { get; private set; }

    public OutreachStep Step { get; private set; }
    public Guid? PreferredInstructorId { get; private set; }
    public int? PreferredWindow { get; private set; }
    public bool AllowRematch { get; private set; }

    /// <summary>Instructors this attempt tried and lost; the next match skips them. Its count numbers the reservation calls.</summary>
    public List<Guid> TriedInstructors { get; private set; } = [];

    public Guid? InstructorId { get; private set; }
    public Guid? AssignmentId { get; private set; }
    public Guid? LendingRequestId { get; private set; }
    public int? WindowIndex { get; private set; }
    public Guid? SiteId { get; private set; }
    public Guid? BookingId { get; private set; }
    public string PlaceName { get; private set; } = "";
    public Guid? ClassId { get; private set; }

    /// <summary>A failed or returned attempt may have left reservations at the partners; they are released before anything else.</summary>
    public bool ReleasePending { get; private set; }

    /// <summary>When the sweeper should look at the request next (null: nothing to do).</summary>
    public DateTimeOffset? NextTryAt { get; private set; }

    /// <summary>A partner still unreachable at this time returns the request to the dispatcher.</summary>
    public DateTimeOffset? GiveUpAt { get; private set; }

    /// <summary>A process working on the request holds it until then; a dead one's lease simply runs out.</summary>
    public DateTimeOffset? LeaseUntil { get; private set; }

    public int AttendanceCount { get; private set; }
    public int Rating { get; private set; }
    public string RatingComment { get; private set; } = "";
    public uint Version { get; private set; }

    public PreferredWindow? Window => WindowIndex is { } i ? Details.Windows[i] : null;

    public bool IsInFlight => Status is OutreachStatus.Approving or OutreachStatus.AwaitingLending;

    internal static OutreachRequest Submit(SchoolReplica township, OutreachSpec details, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), TownshipId = township.Id, TownshipPath = township.Path, CountyId = township.ParentId!.Value,
        Details = details, Status = OutreachStatus.Requested, RequestedBy = by, RequestedAt = now,
    };

    internal void Amend(OutreachSpec details)
    {
        EnsureIn("修改", OutreachStatus.Requested, OutreachStatus.Returned);
        Details = details;
    }

    /// <summary>Before approval, or once scheduled until the session starts: then the instructor and the site are released next.</summary>
    internal void Withdraw(string reason, DateTimeOffset now)
    {
        EnsureIn("撤回", OutreachStatus.Requested, OutreachStatus.Returned, OutreachStatus.Scheduled);
        if (Status == OutreachStatus.Scheduled && Window!.StartsAt <= now)
        {
            throw new StateConflictException("outreach_already_taught", "送教已开始，不能撤回");
        }
        (ReleasePending, NextTryAt) = Status == OutreachStatus.Scheduled ? (true, now) : (ReleasePending, NextTryAt);
        (Status, Reason, ClosedAt) = (OutreachStatus.Withdrawn, reason, now);
    }

    internal void Decline(string reason, DateTimeOffset now)
    {
        EnsureIn("不予批准", OutreachStatus.Requested, OutreachStatus.Returned);
        (Status, Reason, ClosedAt) = (OutreachStatus.Declined, reason, now);
    }

    /// <summary>Starts a new attempt: the process takes it from here, with <paramref name="patience"/> for unreachable partners.</summary>
    internal void Approve(string by, Guid? instructorId, int? window, bool allowRematch, TimeSpan patience, DateTimeOffset now)
    {
        EnsureIn("批准", OutreachStatus.Requested, OutreachStatus.Returned);
        if (ReleasePending)
        {
            throw new StateConflictException("outreach_release_pending", "上次安排占用的师资或场地正在释放，请稍后再批准");
        }
        (Status, Reason, ApprovedBy, ApprovedAt, Attempt, Step) = (OutreachStatus.Approving, "", by, now, Attempt + 1, OutreachStep.Reserve);
        (PreferredInstructorId, PreferredWindow, AllowRematch, TriedInstructors) = (instructorId, window, allowRematch, []);
        (InstructorId, AssignmentId, LendingRequestId, WindowIndex, SiteId, BookingId, PlaceName) = (null, null, null, null, null, null, "");
        (NextTryAt, GiveUpAt) = (now, now + patience);
    }

    /// <summary>The demo's past year: approved by <paramref name="by"/>, taught in the first window at <paramref name="place"/>; no partner keeps anything of it.</summary>
    internal void ApprovedEarlier(string by, DateTimeOffset at, string place)
    {
        EnsureIn("批准", OutreachStatus.Requested);
        (Status, ApprovedBy, ApprovedAt, Attempt, Step, WindowIndex, PlaceName) = (OutreachStatus.Approving, by, at, 1, OutreachStep.Schedule, 0, place);
    }

    internal void Reserved(Guid instructorId, int window, Guid assignmentId, DateTimeOffset now)
    {
        (InstructorId, WindowIndex, AssignmentId, Status) = (instructorId, window, assignmentId, OutreachStatus.Approving);
        Step = Details.NeedsSite ? OutreachStep.Book : OutreachStep.Schedule;
        PlaceName = Details.NeedsSite ? "" : Details.PlaceName;
        Progressed(now);
    }

    internal void AwaitLending(Guid instructorId, int window, Guid lendingRequestId, DateTimeOffset now)
    {
        (InstructorId, WindowIndex, LendingRequestId, Status, Step) = (instructorId, window, lendingRequestId, OutreachStatus.AwaitingLending, OutreachStep.AwaitLending);
        Reason = "等待教师所在学校审批借调";
        Progressed(now);
    }

    /// <summary>The instructor is lost for this attempt (taken, or the loan declined): the next match, or back to the dispatcher.</summary>
    internal void LostInstructor(Guid instructorId, string reason, DateTimeOffset now)
    {
        TriedInstructors.Add(instructorId);
        (InstructorId, LendingRequestId, WindowIndex, Status, Step) = (null, null, null, OutreachStatus.Approving, OutreachStep.Reserve);
        if (!AllowRematch)
        {
            Return(reason, now);
        }
    }

    internal void Booked(Guid siteId, Guid bookingId, string placeName, DateTimeOffset now)
    {
        (SiteId, BookingId, PlaceName, Step) = (siteId, bookingId, placeName, OutreachStep.Schedule);
        Progressed(now);
    }

    internal void Scheduled(Guid classId, DateTimeOffset now)
    {
        (ClassId, Status, Step, Reason, ScheduledAt, NextTryAt, GiveUpAt) = (classId, OutreachStatus.Scheduled, OutreachStep.None, "", now, null, null);
    }

    /// <summary>Back to the dispatcher with the reason; whatever the attempt reserved is released next.</summary>
    internal void Return(string reason, DateTimeOffset now)
    {
        (Status, Step, Reason, ReleasePending, NextTryAt, GiveUpAt) = (OutreachStatus.Returned, OutreachStep.None, reason, true, now, null);
    }

    internal void Released()
    {
        (ReleasePending, NextTryAt) = (false, IsInFlight ? NextTryAt : null);
        (AssignmentId, LendingRequestId, BookingId) = (null, null, null);
    }

    /// <summary>A partner could not be reached: try again later, or give up once the patience is spent.</summary>
    internal void RetryLater(string problem, TimeSpan delay, DateTimeOffset now)
    {
        if (IsInFlight && GiveUpAt <= now && Step != OutreachStep.AwaitLending)
        {
            Return($"{problem}，已超过等待时间，请稍后重新批准", now);
            return;
        }
        if (IsInFlight)
        {
            Reason = $"{problem}，正在重试";
        }
        CheckAgainAt(now + delay);
    }

    internal void CheckAgainAt(DateTimeOffset at) => NextTryAt = at;

    internal void Deliver(int attendanceCount, int rating, string comment, DateTimeOffset now)
    {
        EnsureIn("确认送教", OutreachStatus.Scheduled);
        if (Window!.StartsAt > now)
        {
            throw new StateConflictException("outreach_not_yet_taught", "授课尚未开始，不能确认送教");
        }
        (Status, AttendanceCount, Rating, RatingComment, DeliveredAt) = (OutreachStatus.Delivered, attendanceCount, rating, comment, now);
    }

    internal void Lease(DateTimeOffset until) => LeaseUntil = until;

    /// <summary>Takes the lease unless another process holds it; false when one does.</summary>
    internal bool TryLease(DateTimeOffset until, DateTimeOffset now)
    {
        if (LeaseUntil >= now)
        {
            return false;
        }
        LeaseUntil = until;
        return true;
    }

    private void Progressed(DateTimeOffset now) => (NextTryAt, Reason) = (now, Status == OutreachStatus.AwaitingLending ? Reason : "");

    /// <summary>The id a partner sees for one call of this attempt: same request, attempt, step and candidate → same id.</summary>
    public string CallId(char step) => $"o{Id:N}-{Attempt}-{step}{TriedInstructors.Count}";

    public void EnsureIn(string action, params OutreachStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new StateConflictException("outreach_state_conflict", $"送教申请当前状态为“{Labels.OutreachStatuses[Status]}”，不能{action}");
        }
    }

    public OutreachSnapshot Snapshot() => new()
    {
        OutreachRequestId = Id, TownshipId = TownshipId, TownshipPath = TownshipPath, CountyId = CountyId, Topic = Details.Topic,
        Audience = Details.Audience, AudienceSize = Details.AudienceSize, RequestedAt = RequestedAt,
    };
}
