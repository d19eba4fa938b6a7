using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartySchoolNet.Enrollment.Roster;

namespace PartySchoolNet.Enrollment.Data;

internal sealed class SendingUnitConfiguration : IEntityTypeConfiguration<SendingUnit>
{
    public void Configure(EntityTypeBuilder<SendingUnit> unit)
    {
        unit.ToTable("units");
        unit.Property(u => u.Name).HasMaxLength(SendingUnit.MaxNameLength);
        unit.HasIndex(u => new { u.SchoolId, u.Name }).IsUnique();
        unit.HasIndex(u => u.SchoolPath).HasOperators("text_pattern_ops");
    }
}

internal sealed class CadreConfiguration : IEntityTypeConfiguration<Cadre>
{
    public void Configure(EntityTypeBuilder<Cadre> cadre)
    {
        cadre.ToTable("cadres");
        cadre.Property(c => c.StaffNo).HasMaxLength(32);
        cadre.Property(c => c.Name).HasMaxLength(30);
        cadre.HasIndex(c => new { c.SchoolId, c.StaffNo }).IsUnique();
        cadre.HasIndex(c => c.UnitId);
        cadre.HasIndex(c => c.SchoolPath).HasOperators("text_pattern_ops");
    }
}
