using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.SchoolTree;
using PartySchoolNet.SiteResources.Data;

namespace PartySchoolNet.SiteResources.Seeding;

/// <summary>
/// With <c>SiteResources:SeedDemoCatalogue</c> on, every school Identity registers gets its demo sites and sessions,
/// in the same transaction as the inbox row, so the catalogue grows with the demo tree exactly once. Schools
/// without a location (made by hand, not by the demo) get none. No site events: the demo is not news.
/// </summary>
internal sealed class DemoCatalogueConsumer(SiteResourcesDbContext db, TimeProvider clock) : IdempotentConsumer<SchoolRegistered>(db)
{
    protected override Task HandleAsync(SchoolRegistered message, CancellationToken ct)
    {
        var school = SchoolReplica.From(message);
        if (school.Location is not { } seat)
        {
            return Task.CompletedTask;
        }
        var catalogue = new DemoCatalogue(school, seat, clock.GetUtcNow()).Build();
        db.Sites.AddRange(catalogue.Sites);
        db.Bookings.AddRange(catalogue.Sessions());
        return Task.CompletedTask;
    }
}
