using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Credits;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.SchoolTree;

namespace PartySchoolNet.Enrollment.Seeding;

/// <summary>
/// With <c>Enrollment:SeedDemoData</c> on, every school Identity registers gets its demo roster and year of training, in the
/// same transaction as the inbox row, so the demo grows with the tree exactly once. No events: the demo is not news.
/// </summary>
internal sealed class DemoEnrollmentConsumer(EnrollmentDbContext db, IOptions<EnrollmentOptions> options, TimeProvider clock)
    : IdempotentConsumer<SchoolRegistered>(db)
{
    protected override Task HandleAsync(SchoolRegistered message, CancellationToken ct)
    {
        var demo = new DemoTraining(SchoolReplica.From(message), new AttendanceRule(options.Value.MaxMissedShare), clock.GetUtcNow()).Build();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Units.AddRange(demo.Units);
        db.Cadres.AddRange(demo.Cadres);
        db.Classes.AddRange(demo.Classes);
        db.Participants.AddRange(demo.Participants);
        db.Sessions.AddRange(demo.Sessions);
        db.Attendance.AddRange(demo.Attendance);
        db.Credits.AddRange(demo.Credits);
        return Task.CompletedTask;
    }
}
