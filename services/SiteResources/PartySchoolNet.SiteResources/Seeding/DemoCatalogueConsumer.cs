using Microsoft.Extensions.Options;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.SchoolTree;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Data;

namespace PartySchoolNet.SiteResources.Seeding;

/// <summary>
/// With <c>SiteResources:SeedDemoCatalogue</c> on, every school Identity registers gets its demo sites and sessions,
/// in the same transaction as the inbox row, so the catalogue grows with the demo tree exactly once. Schools
/// without a location (made by hand, not by the demo) get none. Each site and session is announced (through the outbox, in
/// the same transaction) as a real registration and booking would be, unless <see cref="DemoCatalogueOptions"/> says not to.
/// </summary>
internal sealed class DemoCatalogueConsumer(SiteResourcesDbContext db, IOptions<DemoCatalogueOptions> options, TimeProvider clock)
    : IdempotentConsumer<SchoolRegistered>(db)
{
    protected override Task HandleAsync(SchoolRegistered message, CancellationToken ct)
    {
        var school = SchoolReplica.From(message);
        if (school.Location is not { } seat)
        {
            return Task.CompletedTask;
        }
        var now = clock.GetUtcNow();
        var catalogue = new DemoCatalogue(school, seat, now).Build();
        var sessions = catalogue.Sessions().ToList();
        db.Sites.AddRange(catalogue.Sites);
        db.Bookings.AddRange(sessions);
        if (options.Value.AnnounceDemoCatalogue)
        {
            foreach (var site in catalogue.Sites)
            {
                db.AddEvent(new SiteRegistered(site.Snapshot(), now));
            }
            foreach (var session in sessions)
            {
                db.AddEvent(new SiteBooked(session.Snapshot(), now));
            }
        }
        return Task.CompletedTask;
    }
}
