using System.Text;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Testing;

namespace PartySchoolNet.Enrollment.Tests;

/// <summary>Enrollment in-process with its own Identity and its copy of the 阜阳 tree; rosters and classes are each test's own.</summary>
public class EnrollmentHost : DomainServiceHost<EnrollmentDbContext>
{
    private const string Unreachable = "http://127.0.0.1:9";
    private int _next;

    public EnrollmentHost() : this(seedDemoData: false)
    {
    }

    protected EnrollmentHost(bool seedDemoData)
        : base("enrollment", new Dictionary<string, string>
        {
            ["Enrollment:SeedDemoData"] = seedDemoData ? "true" : "false",
            // No partner runs beside this host: an outreach approval that gets as far as calling one finds it unreachable.
            ["services:faculty-pool:grpc:0"] = Unreachable, ["services:site-resources:grpc:0"] = Unreachable,
        })
    {
    }

    public async Task<EnrollmentService.EnrollmentServiceClient> ClientFor(string userName) => new(await ChannelFor(userName));

    /// <summary>A name no other test of this host uses.</summary>
    public string Unique(string prefix) => $"{prefix}{Interlocked.Increment(ref _next)}";

    /// <summary>A roster line: unit, name, level (Chinese), years of service, leader.</summary>
    public sealed record Person(string Unit, string Name, string Level = "一般干部", int Years = 5, bool Leader = false);

    /// <summary>Imports the people into the school's roster and returns them by name (names are unique within a call).</summary>
    public async Task<Dictionary<string, Cadre>> ImportAsync(string userName, string schoolCode, IReadOnlyList<Person> people)
    {
        var client = await ClientFor(userName);
        var csv = new StringBuilder("单位,人员编号,姓名,职级,任职年限,是否领导\n");
        var prefix = Unique("T");
        for (var i = 0; i < people.Count; i++)
        {
            var p = people[i];
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{p.Unit},{prefix}-{i},{p.Name},{p.Level},{p.Years},{(p.Leader ? "是" : "否")}\n");
        }
        var schoolId = (await SchoolIdAsync(schoolCode)).ToString();
        await client.ImportRosterAsync(new ImportRosterRequest { SchoolId = schoolId, Csv = csv.ToString() });
        var unitNames = people.Select(p => p.Unit).ToHashSet();
        var cadres = new Dictionary<string, Cadre>();
        var units = (await client.ListUnitsAsync(new ListUnitsRequest { SchoolId = schoolId, PageSize = 500 })).Units.Where(u => unitNames.Contains(u.Name));
        foreach (var unit in units)
        {
            var page = await client.ListCadresAsync(new ListCadresRequest { UnitId = unit.UnitId, PageSize = 500 });
            foreach (var cadre in page.Cadres)
            {
                cadres[cadre.Name] = cadre;
            }
        }
        return cadres;
    }

    public static ClassDetails Details(string title, int capacity = 30, ClassMode mode = ClassMode.OnSite, int daysFromToday = -2, int days = 3)
    {
        var start = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(daysFromToday);
        return new ClassDetails
        {
            Title = title, Category = ClassCategory.Capability, Mode = mode, StartDate = start.ToString("yyyy-MM-dd"),
            EndDate = start.AddDays(days - 1).ToString("yyyy-MM-dd"), Capacity = capacity, CreditHours = 24,
        };
    }

    /// <summary>Creates and publishes a class of the school.</summary>
    public async Task<TrainingClass> OpenClassAsync(string userName, string schoolCode, ClassDetails details)
    {
        var client = await ClientFor(userName);
        var created = await client.CreateClassAsync(new CreateClassRequest { OwnerSchoolId = (await SchoolIdAsync(schoolCode)).ToString(), Details = details });
        return await client.PublishClassAsync(new ClassTransitionRequest { ClassId = created.ClassId });
    }
}
