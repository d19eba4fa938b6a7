namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>A class's <see cref="OneTimeCode"/> for one trainee: whoever holds it answers the class's feedback once, without an account.</summary>
public sealed class FeedbackTicket
{
    public string Code { get; private set; } = "";
    public Guid ClassId { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public static FeedbackTicket For(Guid classId) => new() { Code = OneTimeCode.New(), ClassId = classId };

    /// <summary>Marks it answered (answers arrive through the atomic statement of <see cref="FeedbackForms"/>; the demo writes its own).</summary>
    public void Spend(DateTimeOffset at) => UsedAt ??= at;
}

/// <summary>One trainee's answers, stored without the code that carried them.</summary>
public sealed class FeedbackResponse
{
    public Guid Id { get; private set; }
    public Guid ClassId { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public List<FeedbackAnswer> Answers { get; private set; } = [];

    public static FeedbackResponse Of(Guid classId, List<FeedbackAnswer> answers, DateTimeOffset at) =>
        new() { Id = Guid.CreateVersion7(at), ClassId = classId, SubmittedAt = at, Answers = answers };
}
