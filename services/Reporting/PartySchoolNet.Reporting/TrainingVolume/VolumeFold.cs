using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Contracts;

namespace PartySchoolNet.Reporting.TrainingVolume;

/// <summary>Adds completed classes to their schools' months (by category and mode, and in all): the one place the volume model changes, live or rebuilt.</summary>
public static class VolumeFold
{
    public static async Task AddAsync(DbContext db, IReadOnlyList<ClassCompleted> completed, CancellationToken ct)
    {
        var classes = completed.Select(Figures.Of).ToList();
        var cells = classes.GroupBy(c => (c.SchoolId, c.Month, c.Category, c.Mode)).OrderBy(g => g.Key).Select(Figures.Sum).ToList();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO training_volume (school_id, school_path, month, category, mode, classes, sessions, trainee_times, credited_hours)
            SELECT * FROM unnest({Column(cells, c => c.SchoolId)}, {Column(cells, c => c.SchoolPath)}, {Column(cells, c => c.Month)},
                {Column(cells, c => c.Category)}, {Column(cells, c => c.Mode)}, {Column(cells, c => c.Classes)}, {Column(cells, c => c.Sessions)},
                {Column(cells, c => c.TraineeTimes)}, {Column(cells, c => c.CreditedHours)})
            ON CONFLICT (school_id, month, category, mode) DO UPDATE SET
                classes = training_volume.classes + excluded.classes, sessions = training_volume.sessions + excluded.sessions,
                trainee_times = training_volume.trainee_times + excluded.trainee_times,
                credited_hours = training_volume.credited_hours + excluded.credited_hours
            """, ct);
        var months = classes.GroupBy(c => (c.SchoolId, c.Month)).OrderBy(g => g.Key).Select(Figures.Sum).ToList();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO training_volume_months (school_id, school_path, month, classes, sessions, trainee_times, credited_hours)
            SELECT * FROM unnest({Column(months, c => c.SchoolId)}, {Column(months, c => c.SchoolPath)}, {Column(months, c => c.Month)},
                {Column(months, c => c.Classes)}, {Column(months, c => c.Sessions)}, {Column(months, c => c.TraineeTimes)}, {Column(months, c => c.CreditedHours)})
            ON CONFLICT (school_id, month) DO UPDATE SET
                classes = training_volume_months.classes + excluded.classes, sessions = training_volume_months.sessions + excluded.sessions,
                trainee_times = training_volume_months.trainee_times + excluded.trainee_times,
                credited_hours = training_volume_months.credited_hours + excluded.credited_hours
            """, ct);
    }

    private static T[] Column<T>(List<Figures> rows, Func<Figures, T> value) => [.. rows.Select(value)];

    /// <summary>A class's figures, or the sum of several in one cell (in key order, so concurrent folds lock rows alike).</summary>
    private sealed record Figures(Guid SchoolId, string SchoolPath, DateOnly Month, string Category, string Mode, int Classes, int Sessions, int TraineeTimes, decimal CreditedHours)
    {
        public static Figures Of(ClassCompleted completed)
        {
            var c = completed.Class;
            return new(c.OwnerSchoolId, c.OwnerSchoolPath, new DateOnly(c.EndDate.Year, c.EndDate.Month, 1), c.Category.ToString(), c.Mode.ToString(),
                1, completed.Sessions, completed.Trainees.Count, completed.Trainees.Sum(t => t.CreditedHours));
        }

        public static Figures Sum<TKey>(IGrouping<TKey, Figures> cell) => cell.First() with
        {
            Classes = cell.Sum(c => c.Classes), Sessions = cell.Sum(c => c.Sessions),
            TraineeTimes = cell.Sum(c => c.TraineeTimes), CreditedHours = cell.Sum(c => c.CreditedHours),
        };
    }
}
