using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Messaging.Persistence;
using PartySchoolNet.SchoolTree;

namespace PartySchoolNet.SiteResources.Data;

public sealed class SiteResourcesDbContext(DbContextOptions<SiteResourcesDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.AddOutboxAndInbox().AddSchoolTreeReplica();
}
