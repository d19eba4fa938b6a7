namespace PartySchoolNet.Enrollment.Teaching;

/// <summary>A trainee's request to miss sessions; approval marks the trainee on leave for them.</summary>
public sealed class LeaveApplication
{
    private LeaveApplication()
    {
    }

    public Guid Id { get; private set; }
    public Guid ClassId { get; private set; }
    public Guid ParticipantId { get; private set; }
    public string SchoolPath { get; private set; } = "";
    public List<Guid> SessionIds { get; private set; } = [];
    public string Reason { get; private set; } = "";
    public LeaveState State { get; private set; }
    public string RequestedBy { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public string DecidedBy { get; private set; } = "";
    public string DecisionNote { get; private set; } = "";
    public DateTimeOffset? DecidedAt { get; private set; }
    public uint Version { get; private set; }

    internal static LeaveApplication Request(Selection.Participant participant, IReadOnlyList<Guid> sessions, string reason, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), ClassId = participant.ClassId, ParticipantId = participant.Id, SchoolPath = participant.SchoolPath,
        SessionIds = [.. sessions], Reason = reason, State = LeaveState.Pending, RequestedBy = by, RequestedAt = now,
    };

    internal void Decide(bool approve, string note, string by, DateTimeOffset now)
    {
        if (State != LeaveState.Pending)
        {
            throw new StateConflictException("leave_already_decided", "该请假申请已经审批");
        }
        (State, DecisionNote, DecidedBy, DecidedAt) = (approve ? LeaveState.Approved : LeaveState.Rejected, note, by, now);
    }

    public LeaveRequest ToMessage(string cadreName)
    {
        var message = new LeaveRequest
        {
            LeaveRequestId = Id.ToString(), EnrollmentId = ParticipantId.ToString(), CadreName = cadreName, Reason = Reason, State = State,
            RequestedBy = RequestedBy, DecidedBy = DecidedBy, DecisionNote = DecisionNote,
        };
        message.SessionIds.AddRange(SessionIds.Select(s => s.ToString()));
        return message;
    }
}
