using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Reporting.Features.EventLog;

namespace PartySchoolNet.Reporting.Features.TrainingVolume;

/// <summary>A completed class enters its school's month once, however often and under whatever message id it arrives.</summary>
public sealed class ClassCompletedConsumer(DbContext db) : LoggedConsumer<ClassCompleted>(db)
{
    protected override string KeyOf(ClassCompleted fact) => fact.Class.ClassId.ToString();

    protected override DateTimeOffset OccurredAt(ClassCompleted fact) => fact.OccurredAt;

    protected override Task FoldAsync(ClassCompleted fact, CancellationToken ct) => VolumeFold.AddAsync(Db, fact, ct);
}
