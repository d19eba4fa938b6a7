using PartySchoolNet.Messaging;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Persistence;

namespace PartySchoolNet.ServiceKit;

/// <summary>A domain service's database: its outbox and inbox, its copy of the school tree, then its own tables.</summary>
public abstract class DomainDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.AddOutboxAndInbox().AddSchoolTreeReplica();
}
