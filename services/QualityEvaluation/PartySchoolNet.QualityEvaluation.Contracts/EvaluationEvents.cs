namespace PartySchoolNet.QualityEvaluation.Contracts;

/// <summary>
/// One school's outcome in a finalized campaign. <see cref="Rank"/> is among all targets (one tier); ties share it.
/// <see cref="Indicators"/> are its first-level indicators' scores (absent from events published before they were added).
/// </summary>
public sealed record SchoolOutcome(Guid SchoolId, string SchoolPath, decimal Total, Grade Grade, int Rank, bool Vetoed, IReadOnlyList<IndicatorOutcome>? Indicators = null);

/// <summary>A first-level indicator's score in a school's result, out of its weight.</summary>
public sealed record IndicatorOutcome(string Code, string Title, decimal Weight, decimal Score);

/// <summary>
/// A campaign was finalized (again, after a reopening, when <see cref="Round"/> &gt; 1: the later round replaces the earlier).
/// </summary>
public sealed record CampaignFinalized(
    Guid CampaignId, string Name, EvaluatedTier Tier, int Round, IReadOnlyList<SchoolOutcome> Outcomes, DateTimeOffset OccurredAt);

/// <summary>A rectification item (整改) was opened for a school's weak or failed observation point.</summary>
public sealed record RectificationOpened(
    Guid RectificationId, Guid CampaignId, Guid SchoolId, string SchoolPath, string IndicatorCode, string IndicatorTitle,
    DateOnly Deadline, DateTimeOffset OccurredAt);

/// <summary>The city accepted a school's rectification.</summary>
public sealed record RectificationClosed(Guid RectificationId, Guid CampaignId, Guid SchoolId, string SchoolPath, DateTimeOffset OccurredAt);

/// <summary>A class's teaching feedback closed: codes handed out and answers received. Its instructors' ratings were published with it.</summary>
public sealed record FeedbackClosed(Guid ClassId, Guid OwnerSchoolId, string OwnerSchoolPath, int Tickets, int Responses, DateTimeOffset OccurredAt);

/// <summary>A trainee's school recorded a 跟踪问效 follow-up (the first time; amendments publish nothing).</summary>
public sealed record FollowUpCompleted(
    Guid FollowUpId, Guid ClassId, Guid CadreId, Guid SchoolId, string SchoolPath, FollowUpStage Stage, int Rating, DateTimeOffset OccurredAt);
