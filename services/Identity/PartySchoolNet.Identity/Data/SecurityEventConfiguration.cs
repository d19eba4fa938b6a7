using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartySchoolNet.Identity.Security;

namespace PartySchoolNet.Identity.Data;

internal sealed class SecurityEventConfiguration : IEntityTypeConfiguration<SecurityEvent>
{
    public void Configure(EntityTypeBuilder<SecurityEvent> e)
    {
        e.ToTable("security_events");
        e.HasKey(x => x.Id);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.UserName).HasMaxLength(64);
        e.Property(x => x.SchoolPath).HasMaxLength(200);
        e.Property(x => x.Actor).HasMaxLength(64);
        e.Property(x => x.Address).HasMaxLength(64);
        e.Property(x => x.Detail).HasMaxLength(200);
        e.HasIndex(x => x.OccurredAt);
        e.HasIndex(x => new { x.Address, x.Kind, x.OccurredAt });
        e.HasIndex(x => new { x.SchoolPath, x.OccurredAt });
    }
}
