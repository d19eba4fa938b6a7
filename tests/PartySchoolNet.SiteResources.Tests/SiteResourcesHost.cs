using Google.Protobuf.WellKnownTypes;
using LatLng = Google.Type.LatLng;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Data;
using PartySchoolNet.Testing;

namespace PartySchoolNet.SiteResources.Tests;

/// <summary>SiteResources in-process with its own Identity and its copy of the 阜阳 tree; the sites are the test's own.</summary>
public class SiteResourcesHost : DomainServiceHost<SiteResourcesDbContext>
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private int _nextDay;

    public SiteResourcesHost() : this(seedDemoCatalogue: false)
    {
    }

    protected SiteResourcesHost(bool seedDemoCatalogue)
        : base("site-resources", new Dictionary<string, string> { ["SiteResources:SeedDemoCatalogue"] = seedDemoCatalogue ? "true" : "false" })
    {
    }

    public async Task<SiteResourcesService.SiteResourcesServiceClient> ClientFor(string userName) => new(await ChannelFor(userName));

    /// <summary>A local day no other test of this host books: a Monday, some weeks from now, so it is open and in the future.</summary>
    public DateOnly FreshMonday()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var monday = today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7 + 7);
        return monday.AddDays(7 * Interlocked.Increment(ref _nextDay));
    }

    public static Timestamp At(DateOnly day, int hour, int minute = 0) =>
        Timestamp.FromDateTimeOffset(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), ChinaOffset));

    /// <summary>A site open every day 08:00–18:00, seating 100, with the sharing and approval given.</summary>
    public static SiteDetails Details(string name, SharingScope bookableBy = SharingScope.City, bool approval = false, double latitude = 32.6, double longitude = 115.6)
    {
        var details = new SiteDetails
        {
            Name = name, Kind = SiteKind.TeachingPoint, Address = "安徽省阜阳市", Capacity = 100, BookableBy = bookableBy, ApprovalRequired = approval,
            Location = new LatLng { Latitude = latitude, Longitude = longitude }, Grade = SiteGrade.Second,
        };
        details.Themes.Add("基层治理");
        details.Facilities.Add("projector");
        details.OpeningHours.AddRange(Enumerable.Range(1, 7).Select(d => new OpeningWindow { Weekday = d, Opens = "08:00", Closes = "18:00" }));
        return details;
    }

    public async Task<Site> RegisterAsync(string userName, string ownerCode, SiteDetails details)
    {
        var client = await ClientFor(userName);
        return await client.RegisterSiteAsync(new RegisterSiteRequest { OwnerSchoolId = (await SchoolIdAsync(ownerCode)).ToString(), Details = details });
    }

    public static BookSiteRequest Booking(Site site, Timestamp start, Timestamp end, int audience = 30) => new()
    {
        SiteId = site.SiteId, StartTime = start, EndTime = end, Purpose = BookingPurpose.Outreach, Title = "送教下基层：乡村振兴专题", AudienceSize = audience,
    };
}
