using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Credits;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Enrollment.Roster;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.Enrollment.Seeding;

/// <summary>
/// With <c>Enrollment:SeedDemoData</c> on, every school Identity registers gets its demo roster and year of training (at a
/// township, also its year of 送教下基层). The roster, the completed classes and the outreach steps are announced
/// (<c>CadresChanged</c>, <c>ClassCompleted</c>, <c>Outreach*</c>) as the real steps would be; the rest is not news.
/// </summary>
internal sealed class DemoEnrollmentConsumer(EnrollmentDbContext db, IOptions<EnrollmentOptions> options, TimeProvider clock)
    : DemoSchoolSeeder(db, clock)
{
    protected override void Seed(SchoolReplica school, DateTimeOffset now)
    {
        var demo = new DemoTraining(school, new AttendanceRule(options.Value.MaxMissedShare), now).Build();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Units.AddRange(demo.Units);
        db.Cadres.AddRange(demo.Cadres);
        var units = demo.Units.ToDictionary(u => u.Id, u => u.Name);
        db.AnnounceCadres(demo.Cadres.Select(c => (c, units[c.UnitId])), options.Value, now);
        db.Classes.AddRange(demo.Classes);
        db.Participants.AddRange(demo.Participants);
        db.Sessions.AddRange(demo.Sessions);
        db.Attendance.AddRange(demo.Attendance);
        db.Credits.AddRange(demo.Credits);
        Announce(demo.Completions);
        if (school.Tier == SchoolTier.Township)
        {
            var outreach = new DemoOutreach(school, now).Build();
            db.OutreachRequests.AddRange(outreach.Requests);
            db.Classes.AddRange(outreach.Classes);
            db.Sessions.AddRange(outreach.Sessions);
            Announce(outreach.Announcements);
        }
    }
}
