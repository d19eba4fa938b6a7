using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Reporting.Features.EventLog;

namespace PartySchoolNet.Reporting.Features.InstructorUse;

public sealed class InstructorRegisteredConsumer(DbContext db) : LoggedConsumer<InstructorRegistered>(db)
{
    protected override string KeyOf(InstructorRegistered fact) => $"{fact.Instructor.InstructorId}:{fact.Instructor.Version}";

    protected override DateTimeOffset OccurredAt(InstructorRegistered fact) => fact.OccurredAt;

    protected override Task FoldAsync(InstructorRegistered fact, CancellationToken ct) => InstructorUseFold.RememberAsync(Db, fact.Instructor, ct);
}

public sealed class InstructorChangedConsumer(DbContext db) : LoggedConsumer<InstructorChanged>(db)
{
    protected override string KeyOf(InstructorChanged fact) => $"{fact.Instructor.InstructorId}:{fact.Instructor.Version}";

    protected override DateTimeOffset OccurredAt(InstructorChanged fact) => fact.OccurredAt;

    protected override Task FoldAsync(InstructorChanged fact, CancellationToken ct) => InstructorUseFold.RememberAsync(Db, fact.Instructor, ct);
}

public sealed class InstructorAssignedConsumer(DbContext db) : LoggedConsumer<InstructorAssigned>(db)
{
    protected override string KeyOf(InstructorAssigned fact) => fact.Assignment.AssignmentId.ToString();

    protected override DateTimeOffset OccurredAt(InstructorAssigned fact) => fact.OccurredAt;

    protected override Task FoldAsync(InstructorAssigned fact, CancellationToken ct) => InstructorUseFold.AssignedAsync(Db, fact.Assignment, ct);
}

public sealed class AssignmentReleasedConsumer(DbContext db) : LoggedConsumer<AssignmentReleased>(db)
{
    protected override string KeyOf(AssignmentReleased fact) => fact.Assignment.AssignmentId.ToString();

    protected override DateTimeOffset OccurredAt(AssignmentReleased fact) => fact.OccurredAt;

    protected override Task FoldAsync(AssignmentReleased fact, CancellationToken ct) => InstructorUseFold.ReleasedAsync(Db, fact.Assignment, ct);
}

public sealed class InstructorRatedConsumer(DbContext db) : LoggedConsumer<InstructorRated>(db)
{
    protected override string KeyOf(InstructorRated fact) => fact.RatingId.ToString();

    protected override DateTimeOffset OccurredAt(InstructorRated fact) => fact.RatedAt;

    protected override Task FoldAsync(InstructorRated fact, CancellationToken ct) => InstructorUseFold.RatedAsync(Db, fact, ct);
}
