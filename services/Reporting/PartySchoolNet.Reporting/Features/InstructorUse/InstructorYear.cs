using PartySchoolNet.Reporting.Features.Cells;

namespace PartySchoolNet.Reporting.Features.InstructorUse;

/// <summary>
/// One instructor's sessions taught (released ones left out) in one year from one home school, month by month (index 0 is
/// January): what the instructor report sums, a row per instructor instead of a row per session.
/// </summary>
public sealed class InstructorYear
{
    public static readonly CellModel Model = new("instructor_use", "DELETE FROM instructor_years WHERE instructor_id = ANY({0})",
        $"""
        INSERT INTO instructor_years (instructor_id, year, home_path, sessions, hours, lent_sessions, lent_hours)
        SELECT instructor_id, year, home_path, {MonthArray.Of("sessions", "int")}, {MonthArray.Of("hours", "numeric")},
               {MonthArray.Of("lent_sessions", "int")}, {MonthArray.Of("lent_hours", "numeric")}
        FROM (SELECT instructor_id, extract(year FROM month)::int AS year, home_path, extract(month FROM month)::int AS m, count(*) AS sessions,
                     sum(hours) AS hours, count(*) FILTER (WHERE lent) AS lent_sessions, coalesce(sum(hours) FILTER (WHERE lent), 0) AS lent_hours
              FROM taught_slots WHERE NOT released AND instructor_id = ANY({"{0}"}) GROUP BY 1, 2, 3, 4) monthly
        GROUP BY instructor_id, year, home_path
        """);

    public Guid InstructorId { get; private set; }
    public int Year { get; private set; }
    public string HomePath { get; private set; } = "";
    public int[] Sessions { get; private set; } = [];
    public decimal[] Hours { get; private set; } = [];
    public int[] LentSessions { get; private set; } = [];
    public decimal[] LentHours { get; private set; } = [];
}
