using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Geo;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.SiteResources.Sites;

/// <summary>A teaching site or base in the catalogue, owned by one school and shared as far as its owner decides.</summary>
public sealed class Site
{
    public Guid Id { get; private set; }
    public Guid OwnerSchoolId { get; private set; }
    public string OwnerPath { get; private set; } = "";

    /// <summary>Every school at or below this path may book the site (derived from <see cref="BookableBy"/>).</summary>
    public string SharePath { get; private set; } = "";

    public string Name { get; private set; } = "";
    public SiteKind Kind { get; private set; }
    public string Address { get; private set; } = "";
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public int Capacity { get; private set; }
    public List<string> Facilities { get; private set; } = [];
    public List<string> Themes { get; private set; } = [];
    public SiteGrade Grade { get; private set; }
    public List<OpeningWindow> OpeningHours { get; private set; } = [];
    public SharingScope BookableBy { get; private set; }
    public bool ApprovalRequired { get; private set; }
    public string Description { get; private set; } = "";
    public bool Retired { get; private set; }
    public long Version { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public GeoPoint Location => new(Latitude, Longitude);

    public static Site Register(SchoolReplica owner, SiteSpec spec, DateTimeOffset now)
    {
        var site = new Site { Id = Guid.CreateVersion7(now), OwnerSchoolId = owner.Id, OwnerPath = owner.Path, CreatedAt = now };
        site.Apply(spec, now);
        return site;
    }

    public void Change(SiteSpec spec, DateTimeOffset now) => Apply(spec, now);

    public bool IsBookableBy(string schoolPath) => SchoolPath.IsWithin(schoolPath, SharePath);

    /// <summary>True when one opening window holds the whole of [start, end) on a single local day.</summary>
    public bool IsOpen(DateTimeOffset start, DateTimeOffset end) =>
        ChinaTime.SameDay(start, end) is var (day, from, until)
        && OpeningHours.Any(w => w.Covers(ChinaTime.Weekday(day), from, until));

    /// <summary>The paths whose members may book, from the owner's path: itself, its county, or the whole city.</summary>
    public static string SharePathFor(string ownerPath, SharingScope scope) => scope switch
    {
        SharingScope.City => SchoolPath.Truncate(ownerPath, 1),
        SharingScope.County => SchoolPath.Truncate(ownerPath, 2),
        _ => ownerPath,
    };

    public SiteSnapshot Snapshot() => new()
    {
        SiteId = Id, OwnerSchoolId = OwnerSchoolId, OwnerSchoolPath = OwnerPath, Name = Name, Kind = Kind, Capacity = Capacity,
        Latitude = Latitude, Longitude = Longitude, Themes = [.. Themes], BookableBy = BookableBy, Retired = Retired, Version = Version,
        OpeningHours = [.. OpeningHours.Select(w => new OpenWindow(w.Weekday, w.Opens, w.Closes))],
    };

    private void Apply(SiteSpec spec, DateTimeOffset now)
    {
        (Name, Kind, Address, Capacity, Grade, BookableBy, ApprovalRequired, Description, Retired) =
            (spec.Name, spec.Kind, spec.Address, spec.Capacity, spec.Grade, spec.BookableBy, spec.ApprovalRequired, spec.Description, spec.Retired);
        (Latitude, Longitude) = (spec.Location.Latitude, spec.Location.Longitude);
        Facilities = [.. spec.Facilities];
        Themes = [.. spec.Themes];
        // Copies: an owned window belongs to exactly one site.
        OpeningHours = [.. spec.OpeningHours.Select(w => new OpeningWindow { Weekday = w.Weekday, Opens = w.Opens, Closes = w.Closes })];
        SharePath = SharePathFor(OwnerPath, BookableBy);
        UpdatedAt = now;
        Version++;
    }
}
