using PartySchoolNet.FacultyPool.Assignments;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Instructors;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Geo;
using static PartySchoolNet.FacultyPool.Seeding.DemoPeople;

namespace PartySchoolNet.FacultyPool.Seeding;

/// <summary>
/// The demo instructors of one school, decided by its code alone: the city school's teachers, experts and department heads;
/// each county's teachers, department heads, model workers and experts; each township's leaders, village secretaries, model
/// workers, "五老" and 土专家 — about 2,000 in the 阜阳 network — with their weekly hours, the busy farming seasons as
/// blackouts for village people, a few ratings, and a handful of assignments around this month.
/// </summary>
internal sealed class DemoPool(SchoolReplica school, GeoPoint seat, TimeSpan travelGap, DateTimeOffset now)
{
    private static readonly AvailabilityWindow[] OfficeHours = [.. Weekdays(new(8, 30), new(11, 30)), .. Weekdays(new(14, 30), new(17, 30))];
    private static readonly AvailabilityWindow[] Evenings = [.. Weekdays(new(19, 0), new(21, 0)), Window(6, new(8, 30), new(11, 30))];
    private static readonly AvailabilityWindow[] Weekends = [Window(6, new(8, 0), new(11, 30)), Window(7, new(8, 0), new(11, 30)), Window(3, new(19, 0), new(21, 0))];
    private static readonly AvailabilityWindow[] Mornings = [.. Weekdays(new(8, 30), new(11, 30))];
    private static readonly AvailabilityWindow[] FieldDays = [Window(2, new(8, 0), new(11, 30)), Window(4, new(14, 0), new(17, 30)), Window(6, new(8, 0), new(17, 30))];

    private readonly Random _random = DemoRandom.For("faculty:" + school.Code);
    private readonly HashSet<string> _names = [];
    private readonly List<Instructor> _instructors = [];
    private readonly List<Assignment> _assignments = [];

    public IReadOnlyList<Instructor> Instructors => _instructors;
    public IReadOnlyList<Assignment> Assignments => _assignments;

    public DemoPool Build()
    {
        switch (school.Tier)
        {
            case SchoolTier.City:
                Add(40, PartySchoolTeacher, OfficeHours, _ => SharingScope.City);
                Add(15, ExternalExpert, OfficeHours, _ => SharingScope.City);
                Add(10, DepartmentHead, Mornings, _ => SharingScope.City);
                break;
            case SchoolTier.County:
                Add(18, PartySchoolTeacher, OfficeHours, i => i % 3 == 0 ? SharingScope.City : SharingScope.County);
                Add(10, DepartmentHead, Mornings, _ => SharingScope.County);
                Add(6, ModelWorker, Evenings, _ => SharingScope.City);
                Add(6, ExternalExpert, OfficeHours, _ => SharingScope.County);
                break;
            case SchoolTier.Township:
                Add(3, TownshipLeader, Evenings, _ => SharingScope.OwnSchool, farming: true);
                Add(5, VillageSecretary, Weekends, i => i == 0 ? SharingScope.County : SharingScope.OwnSchool, farming: true);
                Add(2, ModelWorker, Evenings, _ => SharingScope.County, farming: true);
                Add(2, FiveElders, Mornings, _ => SharingScope.OwnSchool);
                Add(3, LocalExpert, FieldDays, _ => SharingScope.County, farming: true);
                break;
        }
        return this;
    }

    private void Add(int count, Profile profile, AvailabilityWindow[] hours, Func<int, SharingScope> sharing, bool farming = false)
    {
        for (var i = 0; i < count; i++)
        {
            var topics = profile.Topics.OrderBy(_ => _random.Next()).Take(_random.Next(1, Math.Min(4, profile.Topics.Length) + 1)).ToList();
            var spec = new InstructorSpec(UniqueName(), profile.Kind, topics, [profile.Tags[_random.Next(profile.Tags.Length)]],
                profile.Titles[_random.Next(profile.Titles.Length)], $"{school.Name}师资库{InstructorLabels.Kinds[profile.Kind]}，主讲{topics[0]}。",
                $"1{_random.Next(30, 99)}{_random.Next(10000000, 99999999)}", Near(),
                profile.MonthlyLoad, profile.Kind == InstructorKind.VillageSecretary ? 80 : 0, sharing(i), hours, farming ? FarmingSeasons() : []);
            var instructor = Instructor.Register(school, spec, now);
            if (_random.Next(3) > 0)
            {
                var ratings = _random.Next(3, 40);
                instructor.CountRatings(Math.Round(ratings * (78 + _random.NextDouble() * 20), 1), ratings);
            }
            _instructors.Add(instructor);
            AddAssignments(instructor);
        }
    }

    /// <summary>Up to four sessions on distinct days from last month to next, at the home school, in the instructor's hours.</summary>
    private void AddAssignments(Instructor instructor)
    {
        var thisMonth = ChinaTime.MonthOf(now);
        var days = Enumerable.Range(0, 90).OrderBy(_ => _random.Next()).Take(_random.Next(0, 5)).Select(d => thisMonth.AddMonths(-1).AddDays(d));
        foreach (var day in days)
        {
            var window = instructor.Availability.FirstOrDefault(w => w.Weekday == ChinaTime.Weekday(day));
            if (window is null || instructor.Blackouts.Any(b => b.FirstDay <= day && day <= b.LastDay))
            {
                continue;
            }
            var start = ChinaTime.Instant(day, window.From);
            var end = start.AddHours(Math.Min(2, (window.Until - window.From).TotalHours));
            var slot = new SlotSpec(start, end, school.Name, seat, null, $"{instructor.Topics[0]}专题辅导", _random.Next(3, 8) * 10, "");
            _assignments.Add(Assignment.Make(instructor, school, slot, travelGap, null, null, "演示数据", now));
        }
    }

    /// <summary>三夏 and 秋收秋种: village people do not teach in the busiest farming weeks of this year and the next.</summary>
    private List<BlackoutPeriod> FarmingSeasons()
    {
        var year = ChinaTime.Local(now).Year;
        return [.. new[] { year, year + 1 }.SelectMany(y => new[]
        {
            new BlackoutPeriod { FirstDay = new DateOnly(y, 5, 25), LastDay = new DateOnly(y, 6, 15), Reason = "三夏农忙" },
            new BlackoutPeriod { FirstDay = new DateOnly(y, 9, 25), LastDay = new DateOnly(y, 10, 15), Reason = "秋收秋种" },
        })];
    }

    private string UniqueName()
    {
        string name;
        do
        {
            name = DemoNames.Person(_random);
        }
        while (!_names.Add(name));
        return name;
    }

    private GeoPoint Near() =>
        new(Math.Round(seat.Latitude + (_random.NextDouble() - 0.5) * 0.08, 5), Math.Round(seat.Longitude + (_random.NextDouble() - 0.5) * 0.1, 5));

    private static IEnumerable<AvailabilityWindow> Weekdays(TimeOnly from, TimeOnly until) => Enumerable.Range(1, 5).Select(d => Window(d, from, until));

    private static AvailabilityWindow Window(int weekday, TimeOnly from, TimeOnly until) => new() { Weekday = weekday, From = from, Until = until };
}
