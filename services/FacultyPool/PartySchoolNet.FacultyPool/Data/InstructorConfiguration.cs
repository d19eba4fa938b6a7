using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartySchoolNet.FacultyPool.Instructors;
using PartySchoolNet.FacultyPool.Ratings;

namespace PartySchoolNet.FacultyPool.Data;

internal sealed class InstructorConfiguration : IEntityTypeConfiguration<Instructor>
{
    public void Configure(EntityTypeBuilder<Instructor> e)
    {
        e.ToTable("instructors", t =>
        {
            t.HasCheckConstraint("ck_instructors_load", "monthly_load_limit > 0");
            t.HasCheckConstraint("ck_instructors_audience", "max_audience >= 0");
            t.HasCheckConstraint("ck_instructors_location", "(latitude IS NULL) = (longitude IS NULL)");
        });
        e.HasKey(i => i.Id);
        e.Property(i => i.HomePath).HasMaxLength(200).UseCollation("C");
        e.Property(i => i.SharePath).HasMaxLength(200).UseCollation("C");
        e.Property(i => i.Name).HasMaxLength(50);
        e.Property(i => i.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(i => i.Title).HasMaxLength(50);
        e.Property(i => i.Bio).HasMaxLength(2000);
        e.Property(i => i.Contact).HasMaxLength(100);
        e.Property(i => i.SharedWith).HasConversion<string>().HasMaxLength(20);
        e.Property(i => i.Version).IsConcurrencyToken();
        e.Ignore(i => i.Location);
        e.Ignore(i => i.Rating);
        e.OwnsMany(i => i.Availability, w =>
        {
            w.ToTable("instructor_availability", t => t.HasCheckConstraint("ck_instructor_availability_window", "weekday BETWEEN 1 AND 7 AND \"from\" < until"));
            w.WithOwner().HasForeignKey("InstructorId");
            w.Property<int>("Id");
            w.HasKey("InstructorId", "Id");
        });
        e.OwnsMany(i => i.Blackouts, b =>
        {
            b.ToTable("instructor_blackouts", t => t.HasCheckConstraint("ck_instructor_blackouts_days", "first_day <= last_day"));
            b.WithOwner().HasForeignKey("InstructorId");
            b.Property<int>("Id");
            b.HasKey("InstructorId", "Id");
            b.Property(x => x.Reason).HasMaxLength(50);
        });
        e.HasIndex(i => new { i.HomeSchoolId, i.Name }).IsUnique();
        e.HasIndex(i => i.HomePath);
        e.HasIndex(i => i.SharePath);
        e.HasIndex(i => i.Topics).HasMethod("gin");
    }
}

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> e)
    {
        e.ToTable("topics");
        e.HasKey(t => t.Name);
        e.Property(t => t.Name).HasMaxLength(30);
        e.Property(t => t.Description).HasMaxLength(200);
    }
}

internal sealed class InstructorRatingConfiguration : IEntityTypeConfiguration<InstructorRating>
{
    public void Configure(EntityTypeBuilder<InstructorRating> e)
    {
        e.ToTable("instructor_ratings");
        e.HasKey(r => r.RatingId);
        e.Property(r => r.ReferenceId).HasMaxLength(64);
        e.HasOne<Instructor>().WithMany().HasForeignKey(r => r.InstructorId).OnDelete(DeleteBehavior.Restrict);
    }
}
