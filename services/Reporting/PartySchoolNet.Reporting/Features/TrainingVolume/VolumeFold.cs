using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Contracts;

namespace PartySchoolNet.Reporting.Features.TrainingVolume;

/// <summary>Adds a completed class to its school's month (by category and mode, and in all): the one place the volume model changes, live or rebuilt.</summary>
public static class VolumeFold
{
    public static Task AddAsync(DbContext db, ClassCompleted completed, CancellationToken ct)
    {
        var c = completed.Class;
        var month = new DateOnly(c.EndDate.Year, c.EndDate.Month, 1);
        var (category, mode) = (c.Category.ToString(), c.Mode.ToString());
        var hours = completed.Trainees.Sum(t => t.CreditedHours);
        return db.Database.ExecuteSqlAsync(
            $"""
            WITH cell AS (
                INSERT INTO training_volume (school_id, school_path, month, category, mode, classes, sessions, trainee_times, credited_hours)
                VALUES ({c.OwnerSchoolId}, {c.OwnerSchoolPath}, {month}, {category}, {mode}, 1, {completed.Sessions}, {completed.Trainees.Count}, {hours})
                ON CONFLICT (school_id, month, category, mode) DO UPDATE SET
                    classes = training_volume.classes + 1, sessions = training_volume.sessions + excluded.sessions,
                    trainee_times = training_volume.trainee_times + excluded.trainee_times,
                    credited_hours = training_volume.credited_hours + excluded.credited_hours)
            INSERT INTO training_volume_months (school_id, school_path, month, classes, sessions, trainee_times, credited_hours)
            VALUES ({c.OwnerSchoolId}, {c.OwnerSchoolPath}, {month}, 1, {completed.Sessions}, {completed.Trainees.Count}, {hours})
            ON CONFLICT (school_id, month) DO UPDATE SET
                classes = training_volume_months.classes + 1, sessions = training_volume_months.sessions + excluded.sessions,
                trainee_times = training_volume_months.trainee_times + excluded.trainee_times,
                credited_hours = training_volume_months.credited_hours + excluded.credited_hours
            """, ct);
    }
}
