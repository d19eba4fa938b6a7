using Microsoft.Extensions.Options;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.FacultyPool.Seeding;

/// <summary>
/// With <c>FacultyPool:SeedDemoPool</c> on, every school Identity registers gets its demo instructors and their assignments,
/// announced as real ones would be. Schools without a location (made by hand, not by the demo) get none.
/// </summary>
internal sealed class DemoPoolConsumer(FacultyPoolDbContext db, IOptions<FacultyPoolOptions> options, TimeProvider clock)
    : DemoSchoolSeeder(db, clock)
{
    protected override bool Seeds(SchoolReplica school) => school.Location is not null;

    protected override void Seed(SchoolReplica school, DateTimeOffset now)
    {
        var pool = new DemoPool(school, school.Location!.Value, options.Value.TravelGap, now).Build();
        db.Instructors.AddRange(pool.Instructors);
        db.Assignments.AddRange(pool.Assignments);
        Announce(pool.Instructors.Select(i => new InstructorRegistered(i.Snapshot(), now)));
        Announce(pool.Assignments.Select(a => new InstructorAssigned(a.Snapshot(), now)));
    }
}
