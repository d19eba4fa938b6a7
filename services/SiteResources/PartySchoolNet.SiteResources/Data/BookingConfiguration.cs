using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartySchoolNet.SiteResources.Bookings;
using PartySchoolNet.SiteResources.Sites;

namespace PartySchoolNet.SiteResources.Data;

/// <summary>The no-overlap rule itself is the exclusion constraint ex_bookings_no_overlap, added in the migration (EF Core cannot model one).</summary>
internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> e)
    {
        e.ToTable("bookings", t =>
        {
            t.HasCheckConstraint("ck_bookings_range", "ends_at > starts_at");
            t.HasCheckConstraint("ck_bookings_audience", "audience_size > 0");
        });
        e.HasKey(b => b.Id);
        e.Property(b => b.OwnerPath).HasMaxLength(200).UseCollation("C");
        e.Property(b => b.RequestingPath).HasMaxLength(200).UseCollation("C");
        e.Property(b => b.Purpose).HasConversion<string>().HasMaxLength(20);
        e.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(b => b.Title).HasMaxLength(100);
        e.Property(b => b.ReferenceId).HasMaxLength(64);
        e.Property(b => b.RequestId).HasMaxLength(64);
        e.Property(b => b.RequestedBy).HasMaxLength(100);
        e.Property(b => b.DecidedBy).HasMaxLength(100);
        e.Property(b => b.DecisionNote).HasMaxLength(500);
        e.Property(b => b.CancelledBy).HasMaxLength(100);
        e.Property(b => b.CancelReason).HasMaxLength(500);
        e.Property(b => b.Version).IsConcurrencyToken();
        e.Ignore(b => b.Duration);
        e.HasOne<Site>().WithMany().HasForeignKey(b => b.SiteId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(b => new { b.SiteId, b.StartsAt });
        e.HasIndex(b => new { b.RequestingPath, b.StartsAt });
        e.HasIndex(b => new { b.RequestingSchoolId, b.RequestId }).IsUnique().HasFilter("request_id IS NOT NULL");
    }
}
