using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Reporting.Features.Overview;
using PartySchoolNet.SchoolTree;

namespace PartySchoolNet.Reporting.Data;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DomainDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<SchoolCount>(e =>
        {
            e.ToTable("school_counts");
            e.HasKey(c => new { c.ScopePath, c.Tier });
            e.Property(c => c.ScopePath).HasMaxLength(200).UseCollation("C");
            e.Property(c => c.Tier).HasConversion<string>().HasMaxLength(20);
        });
    }
}
