using Microsoft.Extensions.Options;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.SchoolTree;

namespace PartySchoolNet.FacultyPool.Seeding;

/// <summary>
/// With <c>FacultyPool:SeedDemoPool</c> on, every school Identity registers gets its demo instructors, in the same
/// transaction as the inbox row, so the pool grows with the demo tree exactly once. Schools without a location (made by
/// hand, not by the demo) get none. No instructor events: the demo is not news.
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
        var pool = new DemoPool(school, seat, options.Value.TravelGap, clock.GetUtcNow()).Build();
        db.Instructors.AddRange(pool.Instructors);
        db.Assignments.AddRange(pool.Assignments);
        return Task.CompletedTask;
    }
}
