namespace PartySchoolNet.Reporting.InstructorUse;

/// <summary>One rating of an instructor by a class's trainees (百分制), once per rating id.</summary>
public sealed class RatingFact
{
    public Guid RatingId { get; private set; }
    public Guid InstructorId { get; private set; }
    public double Score { get; private set; }
    public int Respondents { get; private set; }
}

/// <summary>An instructor's ratings summed as they arrive (each rating id once), so the report reads a row per instructor.</summary>
public sealed class RatingTotal
{
    public Guid InstructorId { get; private set; }
    public double ScoreSum { get; private set; }
    public int Ratings { get; private set; }
}
