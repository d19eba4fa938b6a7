using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Messaging.Outbox;

namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>The last step, all in this service's database: the outreach class and its session, committed with the request's new state and the events.</summary>
internal sealed class OutreachScheduling(EnrollmentDbContext db, TimeProvider clock)
{
    public async Task<bool> ScheduleAsync(OutreachRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var township = await db.Schools.SingleAsync(s => s.Id == request.TownshipId, ct);
        var (training, session) = OutreachClass.Plan(township, request, now);
        db.Classes.Add(training);
        db.Sessions.Add(session);
        request.Scheduled(training.Id, now);
        var window = request.Window!;
        db.AddEvent(new ClassPublished(training.Snapshot(), now));
        db.AddEvent(new OutreachScheduled(request.Snapshot(), training.Id, request.InstructorId!.Value, request.SiteId, window.StartsAt, window.EndsAt, now));
        return false;
    }
}
