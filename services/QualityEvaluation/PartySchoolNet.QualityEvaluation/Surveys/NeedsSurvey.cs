using PartySchoolNet.QualityEvaluation.Feedback;

namespace PartySchoolNet.QualityEvaluation.Surveys;

/// <summary>
/// A training-needs survey (培训需求调研) of a school: its questions, the respondent groups, and one code per questionnaire
/// sent out. Open from its creation until the school closes it.
/// </summary>
public sealed class NeedsSurvey
{
    public const int MaxTarget = 2000;

    private NeedsSurvey()
    {
    }

    public Guid Id { get; private set; }
    public Guid OwnerSchoolId { get; private set; }
    public string OwnerSchoolPath { get; private set; } = "";
    public string Title { get; private set; } = "";
    public List<FeedbackQuestion> Questions { get; private set; } = [];
    public List<string> Groups { get; private set; } = [];
    public int Target { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public uint RowVersion { get; private set; }

    public static NeedsSurvey Open(Caller caller, string title, List<FeedbackQuestion> questions, List<string> groups, int target, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), OwnerSchoolId = caller.SchoolId, OwnerSchoolPath = caller.ScopePath, Title = title, Questions = questions,
        Groups = groups, Target = target, CreatedAt = now,
    };

    public bool IsClosed => ClosedAt is not null;

    public void Close(DateTimeOffset now) => ClosedAt ??= now;
}

/// <summary>A survey's <see cref="OneTimeCode"/> for one questionnaire sent out.</summary>
public sealed class SurveyTicket
{
    public string Code { get; private set; } = "";
    public Guid SurveyId { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public static SurveyTicket For(Guid surveyId) => new() { Code = OneTimeCode.New(), SurveyId = surveyId };

    /// <summary>Marks it answered (answers arrive through the atomic statement of <see cref="SurveyForms"/>; the demo writes its own).</summary>
    public void Spend(DateTimeOffset at) => UsedAt ??= at;
}

/// <summary>One respondent's answers and the group they named, stored without the code that carried them.</summary>
public sealed class SurveyResponse
{
    public Guid Id { get; private set; }
    public Guid SurveyId { get; private set; }
    public string Group { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public List<FeedbackAnswer> Answers { get; private set; } = [];

    public static SurveyResponse Of(Guid surveyId, string group, List<FeedbackAnswer> answers, DateTimeOffset at) =>
        new() { Id = Guid.CreateVersion7(at), SurveyId = surveyId, Group = group, SubmittedAt = at, Answers = answers };
}
