using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>An instructor's name as the faculty pool last told it, so feedback results say who taught.</summary>
public sealed class InstructorName
{
    public Guid InstructorId { get; private set; }
    public string Name { get; private set; } = "";
    public long Version { get; private set; }

    /// <summary>Keeps the snapshot's name unless a later version is already held: events may arrive out of order or twice.</summary>
    public static Task KeepAsync(QualityEvaluationDbContext db, InstructorSnapshot instructor, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO instructor_names (instructor_id, name, version) VALUES ({instructor.InstructorId}, {instructor.Name}, {instructor.Version})
            ON CONFLICT (instructor_id) DO UPDATE SET name = excluded.name, version = excluded.version WHERE instructor_names.version < excluded.version
            """, ct);
}

public sealed class InstructorRegisteredNames(QualityEvaluationDbContext db) : IdempotentConsumer<InstructorRegistered>(db)
{
    protected override Task HandleAsync(InstructorRegistered message, CancellationToken ct) => InstructorName.KeepAsync(db, message.Instructor, ct);
}

public sealed class InstructorChangedNames(QualityEvaluationDbContext db) : IdempotentConsumer<InstructorChanged>(db)
{
    protected override Task HandleAsync(InstructorChanged message, CancellationToken ct) => InstructorName.KeepAsync(db, message.Instructor, ct);
}
