using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Instructors;
using PartySchoolNet.FacultyPool.Ratings;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.FacultyPool.Data;

public sealed class FacultyPoolDbContext(DbContextOptions<FacultyPoolDbContext> options) : DomainDbContext(options)
{
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Instructor> Instructors => Set<Instructor>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<LendingRequest> LendingRequests => Set<LendingRequest>();
    public DbSet<InstructorRating> Ratings => Set<InstructorRating>();
    public DbSet<SchoolReplica> Schools => Set<SchoolReplica>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasPostgresExtension("btree_gist");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FacultyPoolDbContext).Assembly);
    }
}
