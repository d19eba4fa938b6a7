using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartySchoolNet.SiteResources.Sites;

namespace PartySchoolNet.SiteResources.Data;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> e)
    {
        e.ToTable("sites", t =>
        {
            t.HasCheckConstraint("ck_sites_capacity", "capacity > 0");
            t.HasCheckConstraint("ck_sites_location", "latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180");
        });
        e.HasKey(s => s.Id);
        e.Property(s => s.OwnerPath).HasMaxLength(200).UseCollation("C");
        e.Property(s => s.SharePath).HasMaxLength(200).UseCollation("C");
        e.Property(s => s.Name).HasMaxLength(100);
        e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(s => s.Address).HasMaxLength(200);
        e.Property(s => s.Grade).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.BookableBy).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.Description).HasMaxLength(1000);
        e.Property(s => s.Version).IsConcurrencyToken();
        e.Ignore(s => s.Location);
        e.OwnsMany(s => s.OpeningHours, w =>
        {
            w.ToTable("site_opening_hours", t => t.HasCheckConstraint("ck_site_opening_hours_window", "weekday BETWEEN 1 AND 7 AND opens < closes"));
            w.WithOwner().HasForeignKey("SiteId");
            w.Property<int>("Id");
            w.HasKey("SiteId", "Id");
            w.Ignore(x => x.Length);
        });
        e.HasIndex(s => new { s.OwnerSchoolId, s.Name }).IsUnique();
        e.HasIndex(s => s.OwnerPath);
        e.HasIndex(s => s.SharePath);
        e.HasIndex(s => s.Themes).HasMethod("gin");
    }
}
