using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.Messaging.Outbox;

namespace PartySchoolNet.ServiceKit;

/// <summary>
/// A service's demo for each school Identity registers (register it with <c>AddDemoSeeder</c>, behind the service's demo
/// switch): built whole and saved in the same transaction as the inbox row, so the demo grows with the demo tree exactly
/// once. What the demo announces goes through the outbox in that transaction too, as the real steps would, so that
/// reports show the demo's figures.
/// </summary>
public abstract class DemoSchoolSeeder(DbContext db, TimeProvider clock) : IdempotentConsumer<SchoolRegistered>(db)
{
    protected sealed override Task HandleAsync(SchoolRegistered message, CancellationToken ct)
    {
        var school = SchoolReplica.From(message);
        if (Seeds(school))
        {
            Seed(school, clock.GetUtcNow());
        }
        return Task.CompletedTask;
    }

    /// <summary>Whether the school gets a demo: by default every one.</summary>
    protected virtual bool Seeds(SchoolReplica school) => true;

    /// <summary>Adds the school's demo rows to the context; the base saves them with the inbox row.</summary>
    protected abstract void Seed(SchoolReplica school, DateTimeOffset now);

    protected void Announce(IEnumerable<object> events)
    {
        foreach (var message in events)
        {
            Db.AddEvent(message);
        }
    }
}
