using Microsoft.EntityFrameworkCore;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.SiteResources.Bookings;
using PartySchoolNet.SiteResources.Sites;

namespace PartySchoolNet.SiteResources.Data;

public sealed class SiteResourcesDbContext(DbContextOptions<SiteResourcesDbContext> options) : DomainDbContext(options)
{
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<SchoolReplica> Schools => Set<SchoolReplica>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasPostgresExtension("btree_gist");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SiteResourcesDbContext).Assembly);
    }
}
