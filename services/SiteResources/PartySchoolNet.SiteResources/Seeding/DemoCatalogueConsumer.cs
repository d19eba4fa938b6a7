using Microsoft.Extensions.Options;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Data;

namespace PartySchoolNet.SiteResources.Seeding;

/// <summary>
/// With <c>SiteResources:SeedDemoCatalogue</c> on, every school Identity registers gets its demo sites and sessions, each
/// announced as a real registration and booking would be unless <see cref="DemoCatalogueOptions"/> says not to. Schools
/// without a location (made by hand, not by the demo) get none.
/// </summary>
internal sealed class DemoCatalogueConsumer(SiteResourcesDbContext db, IOptions<DemoCatalogueOptions> options, TimeProvider clock)
    : DemoSchoolSeeder(db, clock)
{
    protected override bool Seeds(SchoolReplica school) => school.Location is not null;

    protected override void Seed(SchoolReplica school, DateTimeOffset now)
    {
        var catalogue = new DemoCatalogue(school, school.Location!.Value, now).Build();
        var sessions = catalogue.Sessions().ToList();
        db.Sites.AddRange(catalogue.Sites);
        db.Bookings.AddRange(sessions);
        if (options.Value.AnnounceDemoCatalogue)
        {
            Announce(catalogue.Sites.Select(s => new SiteRegistered(s.Snapshot(), now)));
            Announce(sessions.Select(s => new SiteBooked(s.Snapshot(), now)));
        }
    }
}
