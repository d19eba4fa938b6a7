using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartySchoolNet.Enrollment.Classes;

namespace PartySchoolNet.Enrollment.Data;

internal sealed class ClassConfiguration : IEntityTypeConfiguration<TrainingClass>
{
    public void Configure(EntityTypeBuilder<TrainingClass> training)
    {
        // The database refuses a seat counter beyond its limit, whatever path a write takes.
        training.ToTable("training_classes", t => t.HasCheckConstraint("ck_training_classes_seats", "confirmed_count >= 0 AND confirmed_count <= capacity"));
        training.Property(c => c.Title).HasMaxLength(100);
        training.Property(c => c.CreditHours).HasPrecision(6, 1);
        training.Property(c => c.Version).IsRowVersion();
        training.OwnsOne(c => c.Criteria, criteria => criteria.Property(r => r.PositionLevels).HasColumnName("criteria_position_levels"));
        training.OwnsMany(c => c.Quotas, quota =>
        {
            quota.ToTable("class_quotas", t => t.HasCheckConstraint("ck_class_quotas_seats", "confirmed >= 0 AND confirmed <= seats"));
            quota.WithOwner().HasForeignKey("ClassId");
            quota.HasKey("ClassId", nameof(ClassQuota.UnitId));
        });
        training.HasIndex(c => c.OwnerPath).HasOperators("text_pattern_ops");
        training.HasIndex(c => new { c.State, c.Mode });
    }
}
