using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Reporting.Cells;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.QualityEvaluation.Contracts;

namespace PartySchoolNet.Reporting.InstructorUse;

/// <summary>
/// How the instructor tables change, live or rebuilt. Each change holds in any order: an older snapshot never overwrites a
/// newer one, and a release seen before its assignment still leaves the assignment released.
/// </summary>
public static class InstructorUseFold
{
    public static Task RememberAsync(DbContext db, InstructorSnapshot i, CancellationToken ct)
    {
        var kind = i.Kind.ToString();
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO instructors (instructor_id, name, kind, home_path, monthly_load_limit, version)
            VALUES ({i.InstructorId}, {i.Name}, {kind}, {i.HomeSchoolPath}, {i.MonthlyLoadLimit}, {i.Version})
            ON CONFLICT (instructor_id) DO UPDATE SET name = excluded.name, kind = excluded.kind, home_path = excluded.home_path,
                monthly_load_limit = excluded.monthly_load_limit, version = excluded.version
            WHERE instructors.version < excluded.version
            """, ct);
    }

    /// <summary>A trainees' rating of the instructor (百分制); one outside 0–100 is not a rating and is left out, as FacultyPool does.</summary>
    public static Task RatedAsync(DbContext db, InstructorRated r, CancellationToken ct) => r.Score is < 0 or > 100 || double.IsNaN(r.Score)
        ? Task.CompletedTask
        : db.Database.ExecuteSqlAsync(
            $"""
            WITH rated AS (
                INSERT INTO instructor_ratings (rating_id, instructor_id, score, respondents) VALUES ({r.RatingId}, {r.InstructorId}, {r.Score}, {r.Respondents})
                ON CONFLICT (rating_id) DO NOTHING
                RETURNING instructor_id, score)
            INSERT INTO instructor_rating_totals (instructor_id, score_sum, ratings) SELECT instructor_id, score, 1 FROM rated
            ON CONFLICT (instructor_id) DO UPDATE SET score_sum = instructor_rating_totals.score_sum + excluded.score_sum,
                ratings = instructor_rating_totals.ratings + 1
            """, ct);

    public static Task AssignedAsync(DbContext db, AssignmentSnapshot a, CancellationToken ct) => SlotAsync(db, a, released: false, ct);

    public static Task ReleasedAsync(DbContext db, AssignmentSnapshot a, CancellationToken ct) => SlotAsync(db, a, released: true, ct);

    private static Task<int> SlotAsync(DbContext db, AssignmentSnapshot a, bool released, CancellationToken ct)
    {
        var month = ChinaTime.MonthOf(a.StartsAt);
        var hours = Math.Round((decimal)(a.EndsAt - a.StartsAt).TotalHours, 2);
        var lent = SchoolPath.Truncate(a.HomeSchoolPath, 2) != SchoolPath.Truncate(a.RequestingSchoolPath, 2);
        return StaleCells.FoldAsync(db, InstructorYear.Model,
            """
            WITH slot AS (
                INSERT INTO taught_slots (assignment_id, instructor_id, home_path, requesting_path, month, hours, released, lent)
                VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7})
                ON CONFLICT (assignment_id) DO UPDATE SET released = taught_slots.released OR excluded.released
                RETURNING instructor_id),
            touched AS (SELECT instructor_id AS key FROM slot)
            """, [a.AssignmentId, a.InstructorId, a.HomeSchoolPath, a.RequestingSchoolPath, month, hours, released, lent], ct);
    }
}
