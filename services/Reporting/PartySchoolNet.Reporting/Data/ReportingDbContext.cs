using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Reporting.Cells;
using PartySchoolNet.Reporting.Coverage;
using PartySchoolNet.Reporting.Evaluation;
using PartySchoolNet.Reporting.EventLog;
using PartySchoolNet.Reporting.InstructorUse;
using PartySchoolNet.Reporting.Outreach;
using PartySchoolNet.Reporting.Overview;
using PartySchoolNet.Reporting.SiteUse;
using PartySchoolNet.Reporting.TrainingVolume;
using PartySchoolNet.ServiceKit;

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
        modelBuilder.Entity<StoredEvent>(e =>
        {
            e.ToTable("event_log");
            e.HasIndex(x => new { x.Type, x.Key }).IsUnique();
            e.HasIndex(x => new { x.Type, x.OccurredAt });
            e.Property(x => x.Type).HasMaxLength(100);
            e.Property(x => x.Key).HasMaxLength(100);
            e.Property(x => x.Payload).HasColumnType("jsonb");
        });
        modelBuilder.Entity<VolumeCell>(e =>
        {
            e.ToTable("training_volume");
            e.HasKey(c => new { c.SchoolId, c.Month, c.Category, c.Mode });
            e.HasIndex(c => new { c.SchoolPath, c.Month });
            e.Property(c => c.SchoolPath).HasMaxLength(200).UseCollation("C");
            e.Property(c => c.Category).HasConversion<string>().HasMaxLength(30);
            e.Property(c => c.Mode).HasConversion<string>().HasMaxLength(30);
            e.Property(c => c.CreditedHours).HasPrecision(14, 1);
        });
        modelBuilder.Entity<VolumeMonth>(e =>
        {
            e.ToTable("training_volume_months");
            e.HasKey(c => new { c.SchoolId, c.Month });
            e.HasIndex(c => new { c.SchoolPath, c.Month });
            e.Property(c => c.SchoolPath).HasMaxLength(200).UseCollation("C");
            e.Property(c => c.CreditedHours).HasPrecision(14, 1);
        });
        modelBuilder.Entity<InstructorFacts>(e =>
        {
            e.ToTable("instructors");
            e.HasKey(i => i.InstructorId);
            e.Property(i => i.Name).HasMaxLength(50);
            e.Property(i => i.Kind).HasMaxLength(30);
            e.Property(i => i.HomePath).HasMaxLength(200).UseCollation("C");
        });
        modelBuilder.Entity<TaughtSlot>(e =>
        {
            e.ToTable("taught_slots");
            e.HasKey(t => t.AssignmentId);
            e.HasIndex(t => new { t.HomePath, t.Month });
            e.HasIndex(t => new { t.RequestingPath, t.Month });
            // The loans between counties, a tenth of the sessions, read from the index alone.
            e.HasIndex(t => t.Month).HasFilter("lent AND NOT released").IncludeProperties(t => new { t.HomePath, t.RequestingPath, t.Hours });
            e.Property(t => t.HomePath).HasMaxLength(200).UseCollation("C");
            e.Property(t => t.RequestingPath).HasMaxLength(200).UseCollation("C");
            e.Property(t => t.Hours).HasPrecision(6, 2);
        });
        modelBuilder.Entity<InstructorYear>(e =>
        {
            e.ToTable("instructor_years");
            e.HasKey(y => new { y.InstructorId, y.Year, y.HomePath });
            e.HasIndex(y => new { y.Year, y.HomePath });
            e.Property(y => y.HomePath).HasMaxLength(200).UseCollation("C");
        });
        modelBuilder.Entity<RatingFact>(e =>
        {
            e.ToTable("instructor_ratings");
            e.HasKey(r => r.RatingId);
            e.HasIndex(r => r.InstructorId);
        });
        modelBuilder.Entity<RatingTotal>(e =>
        {
            e.ToTable("instructor_rating_totals");
            e.HasKey(r => r.InstructorId);
        });
        modelBuilder.Entity<OutreachFacts>(e =>
        {
            e.ToTable("outreach_requests");
            e.HasKey(o => o.OutreachRequestId);
            e.HasIndex(o => new { o.TownshipPath, o.Month });
            e.HasIndex(o => new { o.TownshipId, o.Month });
            e.Property(o => o.TownshipPath).HasMaxLength(200).UseCollation("C");
            e.Property(o => o.DeliveredHours).HasPrecision(6, 1);
        });
        modelBuilder.Entity<CampaignFacts>(e =>
        {
            e.ToTable("campaigns");
            e.HasKey(c => c.CampaignId);
            e.Property(c => c.Name).HasMaxLength(100);
            e.Property(c => c.Tier).HasMaxLength(20);
        });
        modelBuilder.Entity<CampaignResult>(e =>
        {
            e.ToTable("campaign_results");
            e.HasKey(r => new { r.CampaignId, r.SchoolId });
            e.HasIndex(r => new { r.SchoolPath, r.CampaignId });
            e.Property(r => r.SchoolPath).HasMaxLength(200).UseCollation("C");
            e.Property(r => r.Grade).HasMaxLength(20);
            e.Property(r => r.Total).HasPrecision(7, 2);
        });
        modelBuilder.Entity<IndicatorResult>(e =>
        {
            e.ToTable("campaign_indicator_scores");
            e.HasKey(i => new { i.CampaignId, i.SchoolId, i.Code });
            e.Property(i => i.Code).HasMaxLength(20);
            e.Property(i => i.Title).HasMaxLength(200);
            e.Property(i => i.Weight).HasPrecision(7, 2);
            e.Property(i => i.Score).HasPrecision(7, 2);
        });
        modelBuilder.Entity<RectificationFacts>(e =>
        {
            e.ToTable("rectifications");
            e.HasKey(r => r.RectificationId);
            e.HasIndex(r => new { r.CampaignId, r.SchoolPath });
            e.Property(r => r.SchoolPath).HasMaxLength(200).UseCollation("C");
            e.Property(r => r.IndicatorCode).HasMaxLength(20);
        });
        modelBuilder.Entity<CadreFacts>(e =>
        {
            e.ToTable("cadres");
            e.HasKey(c => c.CadreId);
            e.HasIndex(c => c.SchoolPath);
            // The gap list's first part (cadres not trained for N years, most hours short first) is read in this order, a page at a time.
            e.HasIndex(c => new { c.RequiredHours, c.SchoolPath, c.Name, c.CadreId }).IsDescending(true, false, false, false);
            e.Property(c => c.SchoolPath).HasMaxLength(200).UseCollation("C");
            e.Property(c => c.UnitName).HasMaxLength(60);
            e.Property(c => c.Name).HasMaxLength(50);
            e.Property(c => c.PositionLevel).HasMaxLength(30);
            e.Property(c => c.RequiredHours).HasPrecision(6, 1);
        });
        modelBuilder.Entity<CadreCredit>(e =>
        {
            e.ToTable("cadre_credits");
            e.HasKey(c => new { c.CadreId, c.Year });
            e.HasIndex(c => new { c.Year, c.CadreId });
            e.Property(c => c.Hours).HasPrecision(8, 1);
        });
        modelBuilder.Entity<CoverageCell>(e =>
        {
            e.ToTable("coverage_cells");
            e.HasKey(c => new { c.UnitId, c.SchoolId, c.Year });
            e.HasIndex(c => new { c.Year, c.SchoolPath });
            e.Property(c => c.SchoolPath).HasMaxLength(200).UseCollation("C");
            e.Property(c => c.UnitName).HasMaxLength(60);
            e.Property(c => c.RequiredHours).HasPrecision(12, 1);
            e.Property(c => c.EarnedHours).HasPrecision(12, 1);
        });
        modelBuilder.Entity<CoverageYear>(e =>
        {
            e.ToTable("coverage_years");
            e.HasKey(y => y.Year);
            e.Property(y => y.Year).ValueGeneratedNever();
        });
        modelBuilder.Entity<StaleCell>(e =>
        {
            e.ToTable("stale_cells");
            e.HasKey(s => new { s.Model, s.Key });
            e.Property(s => s.Model).HasMaxLength(30);
        });
        modelBuilder.Entity<SiteFacts>(e =>
        {
            e.ToTable("sites");
            e.HasKey(s => s.SiteId);
            e.HasIndex(s => s.OwnerPath);
            e.Property(s => s.OwnerPath).HasMaxLength(200).UseCollation("C");
            e.Property(s => s.Name).HasMaxLength(100);
            e.Property(s => s.Kind).HasMaxLength(30);
        });
        modelBuilder.Entity<SiteYear>(e =>
        {
            e.ToTable("site_years");
            e.HasKey(y => new { y.SiteId, y.Year, y.OwnerPath });
            e.HasIndex(y => new { y.OwnerPath, y.Year });
            e.Property(y => y.OwnerPath).HasMaxLength(200).UseCollation("C");
        });
        modelBuilder.Entity<SiteBookingFacts>(e =>
        {
            e.ToTable("site_bookings");
            e.HasKey(b => b.BookingId);
            e.HasIndex(b => new { b.OwnerPath, b.Month });
            e.Property(b => b.OwnerPath).HasMaxLength(200).UseCollation("C");
            e.Property(b => b.Hours).HasPrecision(6, 2);
        });
    }
}
