using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartySchoolNet.FacultyPool.Data;

/// <summary>The no-overlap and travel-gap rules themselves are exclusion constraints, added in the migration (EF Core cannot model one).</summary>
internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> e)
    {
        e.ToTable("assignments", t =>
        {
            t.HasCheckConstraint("ck_assignments_range", "ends_at > starts_at AND travel_from <= starts_at AND travel_until >= ends_at");
            t.HasCheckConstraint("ck_assignments_audience", "audience_size > 0");
        });
        e.HasKey(a => a.Id);
        e.Property(a => a.HomePath).HasMaxLength(200).UseCollation("C");
        e.Property(a => a.RequestingPath).HasMaxLength(200).UseCollation("C");
        e.Property(a => a.PlaceName).HasMaxLength(100);
        e.Property(a => a.PlaceKey).HasMaxLength(120);
        e.Property(a => a.Title).HasMaxLength(100);
        e.Property(a => a.ReferenceId).HasMaxLength(64);
        e.Property(a => a.RequestId).HasMaxLength(64);
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.AssignedBy).HasMaxLength(100);
        e.Property(a => a.ReleasedBy).HasMaxLength(100);
        e.Property(a => a.ReleaseReason).HasMaxLength(500);
        e.Property(a => a.Version).IsConcurrencyToken();
        e.Ignore(a => a.PlaceLocation);
        e.Ignore(a => a.Slot);
        e.HasOne<Instructor>().WithMany().HasForeignKey(a => a.InstructorId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(a => new { a.InstructorId, a.StartsAt });
        e.HasIndex(a => new { a.StartsAt, a.HomePath });
        e.HasIndex(a => new { a.RequestingPath, a.StartsAt });
        e.HasIndex(a => new { a.RequestingSchoolId, a.RequestId }).IsUnique().HasFilter("request_id IS NOT NULL");
    }
}

internal sealed class LendingRequestConfiguration : IEntityTypeConfiguration<LendingRequest>
{
    public void Configure(EntityTypeBuilder<LendingRequest> e)
    {
        e.ToTable("lending_requests", t => t.HasCheckConstraint("ck_lending_requests_range", "ends_at > starts_at"));
        e.HasKey(l => l.Id);
        e.Property(l => l.HomePath).HasMaxLength(200).UseCollation("C");
        e.Property(l => l.RequestingPath).HasMaxLength(200).UseCollation("C");
        e.Property(l => l.PlaceName).HasMaxLength(100);
        e.Property(l => l.Title).HasMaxLength(100);
        e.Property(l => l.ReferenceId).HasMaxLength(64);
        e.Property(l => l.RequestId).HasMaxLength(64);
        e.Property(l => l.Note).HasMaxLength(500);
        e.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(l => l.RequestedBy).HasMaxLength(100);
        e.Property(l => l.DecidedBy).HasMaxLength(100);
        e.Property(l => l.DecisionNote).HasMaxLength(500);
        e.Property(l => l.Version).IsConcurrencyToken();
        e.Ignore(l => l.Slot);
        e.HasOne<Instructor>().WithMany().HasForeignKey(l => l.InstructorId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(l => new { l.HomePath, l.RequestedAt });
        e.HasIndex(l => new { l.RequestingPath, l.RequestedAt });
        e.HasIndex(l => new { l.RequestingSchoolId, l.RequestId }).IsUnique().HasFilter("request_id IS NOT NULL");
    }
}
