namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>A school's own class questionnaire: what its classes completed from now on ask instead of the standard one.</summary>
public sealed class FeedbackQuestionnaire
{
    public Guid SchoolId { get; private set; }
    public List<FeedbackQuestion> Questions { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public static FeedbackQuestionnaire For(Guid schoolId) => new() { SchoolId = schoolId };

    public void Set(List<FeedbackQuestion> questions, string by, DateTimeOffset now) => (Questions, UpdatedBy, UpdatedAt) = (questions, by, now);
}
