using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Geo;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.FacultyPool.Instructors;

/// <summary>An instructor in the pool, kept by one home school and shared as far as that school decides.</summary>
public sealed class Instructor
{
    public Guid Id { get; private set; }
    public Guid HomeSchoolId { get; private set; }
    public string HomePath { get; private set; } = "";

    /// <summary>Every school at or below this path may use the instructor (derived from <see cref="SharedWith"/>).</summary>
    public string SharePath { get; private set; } = "";

    public string Name { get; private set; } = "";
    public InstructorKind Kind { get; private set; }
    public List<string> Topics { get; private set; } = [];
    public List<string> Tags { get; private set; } = [];
    public string Title { get; private set; } = "";
    public string Bio { get; private set; } = "";
    public string Contact { get; private set; } = "";
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public int MonthlyLoadLimit { get; private set; }
    public int MaxAudience { get; private set; }
    public SharingScope SharedWith { get; private set; }
    public List<AvailabilityWindow> Availability { get; private set; } = [];
    public List<BlackoutPeriod> Blackouts { get; private set; } = [];
    public bool Retired { get; private set; }
    public double RatingSum { get; private set; }
    public int RatingCount { get; private set; }
    public long Version { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public GeoPoint? Location => GeoPoint.From(Latitude, Longitude);

    public double Rating => RatingCount == 0 ? 0 : Math.Round(RatingSum / RatingCount, 2);

    public static Instructor Register(SchoolReplica home, InstructorSpec spec, DateTimeOffset now)
    {
        var instructor = new Instructor { Id = Guid.CreateVersion7(now), HomeSchoolId = home.Id, HomePath = home.Path, CreatedAt = now };
        instructor.Apply(spec, now);
        return instructor;
    }

    public void Change(InstructorSpec spec, DateTimeOffset now) => Apply(spec, now);

    /// <summary>Ratings counted elsewhere (the demo's history); live ratings arrive one by one through the ratings consumer.</summary>
    public void CountRatings(double sum, int count) => (RatingSum, RatingCount) = (RatingSum + sum, RatingCount + count);

    public bool IsUsableBy(string schoolPath) => SchoolPath.IsWithin(schoolPath, SharePath);

    /// <summary>True when one weekly window holds the whole of [start, end) on a single local day.</summary>
    public bool IsAvailable(DateTimeOffset start, DateTimeOffset end) =>
        ChinaTime.SameDay(start, end) is var (day, from, until)
        && Availability.Any(w => w.Weekday == ChinaTime.Weekday(day) && w.From <= from && until <= w.Until);

    /// <summary>The blackout that covers any local day of [start, end), if one does.</summary>
    public BlackoutPeriod? BlackoutDuring(DateTimeOffset start, DateTimeOffset end)
    {
        var (first, last) = (ChinaTime.Day(start), ChinaTime.Day(end));
        return Blackouts.FirstOrDefault(b => b.FirstDay <= last && first <= b.LastDay);
    }

    public static string SharePathFor(string homePath, SharingScope scope) => scope switch
    {
        SharingScope.City => SchoolPath.Truncate(homePath, 1),
        SharingScope.County => SchoolPath.Truncate(homePath, 2),
        _ => homePath,
    };

    public InstructorSnapshot Snapshot() => new()
    {
        InstructorId = Id, HomeSchoolId = HomeSchoolId, HomeSchoolPath = HomePath, Name = Name, Kind = Kind, Topics = [.. Topics],
        SharedWith = SharedWith, MonthlyLoadLimit = MonthlyLoadLimit, Retired = Retired, Version = Version,
    };

    private void Apply(InstructorSpec spec, DateTimeOffset now)
    {
        (Name, Kind, Title, Bio, Contact, MonthlyLoadLimit, MaxAudience, SharedWith, Retired) =
            (spec.Name, spec.Kind, spec.Title, spec.Bio, spec.Contact, spec.MonthlyLoadLimit, spec.MaxAudience, spec.SharedWith, spec.Retired);
        (Latitude, Longitude) = (spec.Location?.Latitude, spec.Location?.Longitude);
        Topics = [.. spec.Topics];
        Tags = [.. spec.Tags];
        // Copies: an owned row belongs to exactly one instructor.
        Availability = [.. spec.Availability.Select(w => new AvailabilityWindow { Weekday = w.Weekday, From = w.From, Until = w.Until })];
        Blackouts = [.. spec.Blackouts.Select(b => new BlackoutPeriod { FirstDay = b.FirstDay, LastDay = b.LastDay, Reason = b.Reason })];
        SharePath = SharePathFor(HomePath, SharedWith);
        UpdatedAt = now;
        Version++;
    }
}
