namespace PartySchoolNet.QualityEvaluation.Contracts;

/// <summary>
/// Trainees' feedback (实效测评) rated an instructor's teaching of one session. <paramref name="RatingId"/> identifies
/// the rating: publishing it again, under any message id, must not count it twice. <paramref name="Score"/> is 百分制, 0–100.
/// </summary>
public sealed record InstructorRated(
    Guid RatingId,
    Guid InstructorId,
    double Score,
    int Respondents,
    string ReferenceId,
    DateTimeOffset RatedAt);
