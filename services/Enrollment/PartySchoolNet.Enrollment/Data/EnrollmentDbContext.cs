using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Credits;
using PartySchoolNet.Enrollment.Observations;
using PartySchoolNet.Enrollment.Roster;
using PartySchoolNet.Enrollment.Selection;
using PartySchoolNet.Enrollment.Teaching;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.Enrollment.Data;

public sealed class EnrollmentDbContext(DbContextOptions<EnrollmentDbContext> options) : DomainDbContext(options)
{
    public DbSet<SchoolReplica> Schools => Set<SchoolReplica>();
    public DbSet<SendingUnit> Units => Set<SendingUnit>();
    public DbSet<Cadre> Cadres => Set<Cadre>();
    public DbSet<TrainingClass> Classes => Set<TrainingClass>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<ClassSession> Sessions => Set<ClassSession>();
    public DbSet<Attendance> Attendance => Set<Attendance>();
    public DbSet<LeaveApplication> LeaveApplications => Set<LeaveApplication>();
    public DbSet<CreditRecord> Credits => Set<CreditRecord>();
    public DbSet<ObservationRecord> Observations => Set<ObservationRecord>();
    public DbSet<OutreachRequest> OutreachRequests => Set<OutreachRequest>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnrollmentDbContext).Assembly);
    }
}
