using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Reporting.Features.EventLog;

namespace PartySchoolNet.Reporting.Features.Coverage;

public sealed class CadresChangedConsumer(DbContext db) : LoggedConsumer<CadresChanged>(db)
{
    protected override string KeyOf(CadresChanged fact) => fact.ChangeId.ToString();

    protected override DateTimeOffset OccurredAt(CadresChanged fact) => fact.OccurredAt;

    protected override Task FoldAsync(CadresChanged fact, CancellationToken ct) => CoverageFold.RememberAsync(Db, fact, ct);
}
