namespace PartySchoolNet.Enrollment.Observations;

/// <summary>A signed observation record (纪实考察) of one trainee by one of the "3+N" roles; never edited once written.</summary>
public sealed class ObservationRecord
{
    private ObservationRecord()
    {
    }

    public Guid Id { get; private set; }
    public Guid ParticipantId { get; private set; }
    public Guid ClassId { get; private set; }
    public RecorderRole Role { get; private set; }
    public ObservationAspect Aspect { get; private set; }
    public string Content { get; private set; } = "";
    public DateOnly ObservedOn { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public string RecorderSubject { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    internal static ObservationRecord Write(
        Selection.Participant participant, RecorderRole role, ObservationAspect aspect, string content, DateOnly observedOn, Caller recorder, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), ParticipantId = participant.Id, ClassId = participant.ClassId, Role = role, Aspect = aspect, Content = content,
        ObservedOn = observedOn, RecordedBy = recorder.Name, RecorderSubject = recorder.Subject, RecordedAt = now,
    };

    public Observation ToMessage() => new()
    {
        ObservationId = Id.ToString(), EnrollmentId = ParticipantId.ToString(), RecorderRole = Role, Aspect = Aspect, Content = Content,
        ObservedOn = TimeInput.Format(ObservedOn), RecordedBy = RecordedBy, RecordedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(RecordedAt),
    };
}
