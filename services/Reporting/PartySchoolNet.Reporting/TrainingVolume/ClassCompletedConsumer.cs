using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.Reporting.Coverage;
using PartySchoolNet.Reporting.EventLog;

namespace PartySchoolNet.Reporting.TrainingVolume;

/// <summary>
/// Completed classes enter their schools' months, and each credited trainee's year, once, however often and under whatever
/// message id it arrives.
/// </summary>
public sealed class ClassCompletedConsumer(DbContext db, CommitGroups groups) : LoggedConsumer<ClassCompleted>(db, groups)
{
    protected override string KeyOf(ClassCompleted fact) => fact.Class.ClassId.ToString();

    protected override DateTimeOffset OccurredAt(ClassCompleted fact) => fact.OccurredAt;

    protected override Task FoldAsync(ClassCompleted fact, CancellationToken ct) => FoldAsync([fact], ct);

    protected override async Task FoldAsync(IReadOnlyList<ClassCompleted> facts, CancellationToken ct)
    {
        // The school months last: every batch updates them, and their locks are held until the batch commits.
        await CoverageFold.CreditedAsync(Db, facts, ct);
        await VolumeFold.AddAsync(Db, facts, ct);
    }
}
