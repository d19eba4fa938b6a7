using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Messaging.Persistence;
using PartySchoolNet.SchoolTree;

namespace PartySchoolNet.FacultyPool.Data;

public sealed class FacultyPoolDbContext(DbContextOptions<FacultyPoolDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.AddOutboxAndInbox().AddSchoolTreeReplica();
}
