using PartySchoolNet.Messaging;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Accounts;
using PartySchoolNet.Identity.Schools;
using PartySchoolNet.Identity.Security;
using PartySchoolNet.Persistence;

namespace PartySchoolNet.Identity.Data;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public DbSet<School> Schools => Set<School>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<IntegratorClient> IntegratorClients => Set<IntegratorClient>();
    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();
    public DbSet<KnownAddress> KnownAddresses => Set<KnownAddress>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseOpenIddict();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
    }
}
