using Microsoft.Extensions.Options;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.SchoolTree;

namespace PartySchoolNet.FacultyPool.Seeding;

/// <summary>
/// With <c>FacultyPool:SeedDemoPool</c> on, every school Identity registers gets its demo instructors, in the same
/// transaction as the inbox row, so the pool grows with the demo tree exactly once. Schools without a location (made by
/// hand, not by the demo) get none. The instructors and their assignments are announced as real ones would be (through the
/// outbox, in the same transaction), so that reports have the demo's figures.
/// </summary>
internal sealed class DemoPoolConsumer(FacultyPoolDbContext db, IOptions<FacultyPoolOptions> options, TimeProvider clock)
    : IdempotentConsumer<SchoolRegistered>(db)
{
    protected override Task HandleAsync(SchoolRegistered message, CancellationToken ct)
    {
        var school = SchoolReplica.From(message);
        if (school.Location is not { } seat)
        {
            return Task.CompletedTask;
        }
        var now = clock.GetUtcNow();
        var pool = new DemoPool(school, seat, options.Value.TravelGap, now).Build();
        db.Instructors.AddRange(pool.Instructors);
        db.Assignments.AddRange(pool.Assignments);
        foreach (var instructor in pool.Instructors)
        {
            db.AddEvent(new InstructorRegistered(instructor.Snapshot(), now));
        }
        foreach (var assignment in pool.Assignments)
        {
            db.AddEvent(new InstructorAssigned(assignment.Snapshot(), now));
        }
        return Task.CompletedTask;
    }
}
