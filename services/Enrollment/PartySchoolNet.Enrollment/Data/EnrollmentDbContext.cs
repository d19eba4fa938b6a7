using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Messaging.Persistence;
using PartySchoolNet.SchoolTree;

namespace PartySchoolNet.Enrollment.Data;

public sealed class EnrollmentDbContext(DbContextOptions<EnrollmentDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.AddOutboxAndInbox().AddSchoolTreeReplica();
}
