using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartySchoolNet.QualityEvaluation.Data;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> followUp)
    {
        followUp.ToTable("follow_ups", t => t.HasCheckConstraint("ck_follow_ups_rating", "rating BETWEEN 0 AND 5"));
        followUp.Property(f => f.Id).ValueGeneratedNever();
        followUp.Property(f => f.ClassTitle).HasMaxLength(200);
        followUp.Property(f => f.CadreName).HasMaxLength(50);
        followUp.Property(f => f.UnitName).HasMaxLength(100);
        followUp.Property(f => f.SchoolPath).HasMaxLength(200);
        followUp.Property(f => f.Note).HasMaxLength(1000);
        followUp.Property(f => f.Mentor).HasMaxLength(50);
        followUp.Property(f => f.RecordedBy).HasMaxLength(100);
        followUp.Property(f => f.RowVersion).IsRowVersion();
        followUp.HasIndex(f => new { f.ClassId, f.CadreId, f.Stage }).IsUnique();
        followUp.HasIndex(f => f.SchoolPath).HasOperators("text_pattern_ops");
    }
}
