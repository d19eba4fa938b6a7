using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Inbox;

namespace PartySchoolNet.ServiceKit;

public sealed class SchoolRegisteredConsumer(DbContext db) : IdempotentConsumer<SchoolRegistered>(db)
{
    protected override Task HandleAsync(SchoolRegistered message, CancellationToken ct) => Db.ApplySchoolFactsAsync(message, ct);
}

public sealed class SchoolChangedConsumer(DbContext db) : IdempotentConsumer<SchoolChanged>(db)
{
    protected override Task HandleAsync(SchoolChanged message, CancellationToken ct) => Db.ApplySchoolFactsAsync(message, ct);
}

internal static class SchoolReplicaWriter
{
    public static async Task ApplySchoolFactsAsync(this DbContext db, SchoolFacts facts, CancellationToken ct)
    {
        var school = await db.Set<SchoolReplica>().FindAsync([facts.SchoolId], ct);
        if (school is null)
        {
            db.Set<SchoolReplica>().Add(SchoolReplica.From(facts));
        }
        else
        {
            school.Apply(facts);
        }
    }
}
