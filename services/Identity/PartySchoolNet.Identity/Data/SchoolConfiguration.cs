using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartySchoolNet.Identity.Schools;

namespace PartySchoolNet.Identity.Data;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> e)
    {
        e.ToTable("schools", t =>
        {
            t.HasCheckConstraint("ck_schools_tier", "tier IN ('City', 'County', 'Township')");
            t.HasCheckConstraint("ck_schools_parent", "(tier = 'City') = (parent_id IS NULL)");
        });
        e.HasKey(s => s.Id);
        e.Property(s => s.Code).HasMaxLength(20);
        e.Property(s => s.Name).HasMaxLength(50);
        e.Property(s => s.Region).HasMaxLength(50);
        e.Property(s => s.Path).HasMaxLength(200).UseCollation("C");
        e.Property(s => s.Tier).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.Version).IsConcurrencyToken();
        e.Ignore(s => s.Location);
        e.HasIndex(s => s.Code).IsUnique();
        e.HasIndex(s => s.Path).IsUnique();
        e.HasIndex(s => new { s.ParentId, s.Name }).IsUnique();
        e.HasOne<School>().WithMany().HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
