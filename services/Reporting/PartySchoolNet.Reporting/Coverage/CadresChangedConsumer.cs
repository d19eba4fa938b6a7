using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.Reporting.EventLog;

namespace PartySchoolNet.Reporting.Coverage;

public sealed class CadresChangedConsumer(DbContext db, CommitGroups groups) : LoggedConsumer<CadresChanged>(db, groups)
{
    protected override string KeyOf(CadresChanged fact) => fact.ChangeId.ToString();

    protected override DateTimeOffset OccurredAt(CadresChanged fact) => fact.OccurredAt;

    protected override Task FoldAsync(CadresChanged fact, CancellationToken ct) => CoverageFold.RememberAsync(Db, fact, ct);
}
