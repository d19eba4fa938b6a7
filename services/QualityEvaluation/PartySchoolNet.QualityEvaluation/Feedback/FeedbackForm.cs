using PartySchoolNet.Enrollment.Contracts;

namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>
/// A completed class's feedback (教学评估): its questionnaire, the sessions taught, the codes handed out, and the window in
/// which trainees answer. Closing it rates the instructors, once.
/// </summary>
public sealed class FeedbackForm
{
    private FeedbackForm()
    {
    }

    public Guid ClassId { get; private set; }
    public Guid OwnerSchoolId { get; private set; }
    public string OwnerSchoolPath { get; private set; } = "";
    public string ClassTitle { get; private set; } = "";
    public DateOnly EndDate { get; private set; }
    public List<FeedbackQuestion> Questions { get; private set; } = [];
    public List<SessionTaught> Sessions { get; private set; } = [];
    public int Tickets { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset ClosesAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public uint RowVersion { get; private set; }

    /// <summary>Opens it when the class was completed (the demo's history: when the class ended, so its window may have passed).</summary>
    public static FeedbackForm Open(ClassCompleted completed, IReadOnlyList<FeedbackQuestion> questions, DateTimeOffset openedAt, TimeSpan window) => new()
    {
        ClassId = completed.Class.ClassId, OwnerSchoolId = completed.Class.OwnerSchoolId, OwnerSchoolPath = completed.Class.OwnerSchoolPath,
        ClassTitle = completed.Class.Title, EndDate = completed.Class.EndDate, Questions = [.. questions], Sessions = [.. completed.SessionsTaught],
        Tickets = completed.Trainees.Count, OpenedAt = openedAt, ClosesAt = openedAt + window,
    };

    public bool IsClosed => ClosedAt is not null;

    /// <summary>The instructors taught in the class, each with the sessions they taught.</summary>
    public ILookup<Guid, Guid> SessionsByInstructor() =>
        Sessions.Where(s => s.InstructorId is not null).ToLookup(s => s.InstructorId!.Value, s => s.SessionId);

    public void Close(DateTimeOffset now) => ClosedAt ??= now;
}
