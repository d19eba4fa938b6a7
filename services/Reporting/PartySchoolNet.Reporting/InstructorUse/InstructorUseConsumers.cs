using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Reporting.EventLog;

namespace PartySchoolNet.Reporting.InstructorUse;

public sealed class InstructorRegisteredConsumer(DbContext db, CommitGroups groups) : LoggedConsumer<InstructorRegistered>(db, groups)
{
    protected override string KeyOf(InstructorRegistered fact) => $"{fact.Instructor.InstructorId}:{fact.Instructor.Version}";

    protected override DateTimeOffset OccurredAt(InstructorRegistered fact) => fact.OccurredAt;

    protected override Task FoldAsync(InstructorRegistered fact, CancellationToken ct) => InstructorUseFold.RememberAsync(Db, fact.Instructor, ct);
}

public sealed class InstructorChangedConsumer(DbContext db, CommitGroups groups) : LoggedConsumer<InstructorChanged>(db, groups)
{
    protected override string KeyOf(InstructorChanged fact) => $"{fact.Instructor.InstructorId}:{fact.Instructor.Version}";

    protected override DateTimeOffset OccurredAt(InstructorChanged fact) => fact.OccurredAt;

    protected override Task FoldAsync(InstructorChanged fact, CancellationToken ct) => InstructorUseFold.RememberAsync(Db, fact.Instructor, ct);
}

public sealed class InstructorAssignedConsumer(DbContext db, CommitGroups groups) : LoggedConsumer<InstructorAssigned>(db, groups)
{
    protected override string KeyOf(InstructorAssigned fact) => fact.Assignment.AssignmentId.ToString();

    protected override DateTimeOffset OccurredAt(InstructorAssigned fact) => fact.OccurredAt;

    protected override Task FoldAsync(InstructorAssigned fact, CancellationToken ct) => InstructorUseFold.AssignedAsync(Db, fact.Assignment, ct);
}

public sealed class AssignmentReleasedConsumer(DbContext db, CommitGroups groups) : LoggedConsumer<AssignmentReleased>(db, groups)
{
    protected override string KeyOf(AssignmentReleased fact) => fact.Assignment.AssignmentId.ToString();

    protected override DateTimeOffset OccurredAt(AssignmentReleased fact) => fact.OccurredAt;

    protected override Task FoldAsync(AssignmentReleased fact, CancellationToken ct) => InstructorUseFold.ReleasedAsync(Db, fact.Assignment, ct);
}

public sealed class InstructorRatedConsumer(DbContext db, CommitGroups groups) : LoggedConsumer<InstructorRated>(db, groups)
{
    protected override string KeyOf(InstructorRated fact) => fact.RatingId.ToString();

    protected override DateTimeOffset OccurredAt(InstructorRated fact) => fact.RatedAt;

    protected override Task FoldAsync(InstructorRated fact, CancellationToken ct) => InstructorUseFold.RatedAsync(Db, fact, ct);
}
