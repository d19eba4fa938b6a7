using PartySchoolNet.Reporting.Cells;

namespace PartySchoolNet.Reporting.InstructorUse;

/// <summary>
/// One instructor's sessions taught (released ones left out) in one year from one home school, as running totals to the end
/// of each month (index 0 is January): what the instructor report sums, a row per instructor instead of a row per session,
/// and two reads of each array for any months of the year.
/// </summary>
public sealed class InstructorYear
{
    public static readonly CellModel Model = new("instructor_use", "DELETE FROM instructor_years WHERE instructor_id = ANY({0})",
        $"""
        INSERT INTO instructor_years (instructor_id, year, home_path, running_sessions, running_hours, running_lent_sessions, running_lent_hours)
        SELECT instructor_id, year, home_path, {MonthArray.RunningTotal("sessions", "int")}, {MonthArray.RunningTotal("hours", "numeric")},
               {MonthArray.RunningTotal("lent_sessions", "int")}, {MonthArray.RunningTotal("lent_hours", "numeric")}
        FROM (SELECT instructor_id, extract(year FROM month)::int AS year, home_path, extract(month FROM month)::int AS m, count(*) AS sessions,
                     sum(hours) AS hours, count(*) FILTER (WHERE lent) AS lent_sessions, coalesce(sum(hours) FILTER (WHERE lent), 0) AS lent_hours
              FROM taught_slots WHERE NOT released AND instructor_id = ANY({"{0}"}) GROUP BY 1, 2, 3, 4) monthly
        GROUP BY instructor_id, year, home_path
        """);

    public Guid InstructorId { get; private set; }
    public int Year { get; private set; }
    public string HomePath { get; private set; } = "";
    public int[] RunningSessions { get; private set; } = [];
    public decimal[] RunningHours { get; private set; } = [];
    public int[] RunningLentSessions { get; private set; } = [];
    public decimal[] RunningLentHours { get; private set; } = [];
}
