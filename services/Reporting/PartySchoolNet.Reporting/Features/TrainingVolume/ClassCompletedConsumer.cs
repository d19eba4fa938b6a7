using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Reporting.Features.Coverage;
using PartySchoolNet.Reporting.Features.EventLog;

namespace PartySchoolNet.Reporting.Features.TrainingVolume;

/// <summary>
/// A completed class enters its school's month, and each credited trainee's year, once, however often and under whatever
/// message id it arrives.
/// </summary>
public sealed class ClassCompletedConsumer(DbContext db) : LoggedConsumer<ClassCompleted>(db)
{
    protected override string KeyOf(ClassCompleted fact) => fact.Class.ClassId.ToString();

    protected override DateTimeOffset OccurredAt(ClassCompleted fact) => fact.OccurredAt;

    protected override async Task FoldAsync(ClassCompleted fact, CancellationToken ct)
    {
        await VolumeFold.AddAsync(Db, fact, ct);
        await CoverageFold.CreditedAsync(Db, fact, ct);
    }
}
