using Google.Protobuf.WellKnownTypes;
using LatLng = Google.Type.LatLng;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.Testing;

namespace PartySchoolNet.FacultyPool.Tests;

/// <summary>FacultyPool in-process with its own Identity and its copy of the 阜阳 tree; the instructors are the test's own.</summary>
public class FacultyPoolHost : DomainServiceHost<FacultyPoolDbContext>
{
    public const int TravelGapMinutes = 60;
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private int _nextWeek;

    public FacultyPoolHost() : this(seedDemoPool: false)
    {
    }

    protected FacultyPoolHost(bool seedDemoPool)
        : base("faculty-pool", new Dictionary<string, string>
        {
            ["FacultyPool:SeedDemoPool"] = seedDemoPool ? "true" : "false",
            ["FacultyPool:TravelGapMinutes"] = TravelGapMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
    {
    }

    public async Task<FacultyPoolService.FacultyPoolServiceClient> ClientFor(string userName) => new(await ChannelFor(userName));

    /// <summary>A Monday no other test of this host uses, some weeks ahead and clear of the farming blackouts' months.</summary>
    public DateOnly FreshMonday()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var monday = today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7 + 7);
        return monday.AddDays(7 * Interlocked.Increment(ref _nextWeek));
    }

    public static Timestamp At(DateOnly day, int hour, int minute = 0) =>
        Timestamp.FromDateTimeOffset(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), ChinaOffset));

    /// <summary>An instructor teaching 乡村振兴 (main) and 基层治理, free every day 08:00–18:00, up to 20 sessions a month.</summary>
    public static InstructorDetails Details(string name, SharingScope sharedWith = SharingScope.City, int monthlyLoad = 20, double latitude = 32.6, double longitude = 115.6)
    {
        var details = new InstructorDetails
        {
            Name = name, Kind = InstructorKind.PartySchoolTeacher, Title = "副教授", Bio = "长期从事乡村振兴研究", Contact = "13800000000",
            Location = new LatLng { Latitude = latitude, Longitude = longitude }, MonthlyLoadLimit = monthlyLoad, SharedWith = sharedWith,
        };
        details.Topics.Add("乡村振兴");
        details.Topics.Add("基层治理");
        details.Availability.AddRange(Enumerable.Range(1, 7).Select(d => new AvailabilityWindow { Weekday = d, From = "08:00", Until = "18:00" }));
        return details;
    }

    public async Task<Instructor> RegisterAsync(string userName, string homeCode, InstructorDetails details)
    {
        var client = await ClientFor(userName);
        return await client.RegisterInstructorAsync(new RegisterInstructorRequest { HomeSchoolId = (await SchoolIdAsync(homeCode)).ToString(), Details = details });
    }

    public static Slot Slot(Timestamp start, Timestamp end, string place = "王家坝镇新时代文明实践所", int audience = 40) => new()
    {
        StartTime = start, EndTime = end, Title = "送教下基层：乡村振兴专题", AudienceSize = audience,
        Place = new Place { Name = place, Location = new LatLng { Latitude = 32.437, Longitude = 115.586 } },
    };

    public static AssignInstructorRequest Assign(Instructor instructor, Slot slot) => new() { InstructorId = instructor.InstructorId, Slot = slot };
}
