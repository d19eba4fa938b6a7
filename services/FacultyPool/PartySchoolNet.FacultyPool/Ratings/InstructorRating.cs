namespace PartySchoolNet.FacultyPool.Ratings;

/// <summary>One rating counted into an instructor's average; its id keeps it from being counted twice.</summary>
public sealed class InstructorRating
{
    public Guid RatingId { get; private set; }
    public Guid InstructorId { get; private set; }
    public double Score { get; private set; }
    public int Respondents { get; private set; }
    public string ReferenceId { get; private set; } = "";
    public DateTimeOffset RatedAt { get; private set; }
}
