using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Geo;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Identity.Schools;

/// <summary>A node of the three-tier tree. The tree's shape is decided here and nowhere else.</summary>
public sealed class School
{
    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public SchoolTier Tier { get; private set; }
    public Guid? ParentId { get; private set; }
    public string Path { get; private set; } = "";
    public string Region { get; private set; } = "";
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public long Version { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public GeoPoint? Location => GeoPoint.From(Latitude, Longitude);

    public static School CreateCity(string code, string name, string region, GeoPoint? location, DateTimeOffset now) =>
        new School { Id = Guid.CreateVersion7(now), Code = code, Name = name, Tier = SchoolTier.City, Path = code, Region = region, Version = 1, CreatedAt = now }
            .Locate(location);

    /// <summary>A county hangs under the city, a township under a county; nothing else is a valid tree.</summary>
    public static School CreateUnder(School parent, string code, string name, SchoolTier tier, string region, GeoPoint? location, DateTimeOffset now)
    {
        var expectedParent = tier switch
        {
            SchoolTier.County => SchoolTier.City,
            SchoolTier.Township => SchoolTier.County,
            _ => SchoolTier.Unspecified,
        };
        if (parent.Tier != expectedParent)
        {
            throw new ValidationFailedException([new FieldError("parent_id", tier == SchoolTier.County
                ? "县级党校的上级必须是市委党校"
                : "乡镇党校的上级必须是县级党校")]);
        }
        return new School
        {
            Id = Guid.CreateVersion7(now), Code = code, Name = name, Tier = tier, ParentId = parent.Id,
            Path = SchoolPath.Child(parent.Path, code), Region = region, Version = 1, CreatedAt = now,
        }.Locate(location);
    }

    public void Change(string? name, string? region, GeoPoint? location)
    {
        Name = string.IsNullOrWhiteSpace(name) ? Name : name.Trim();
        Region = region is null ? Region : region.Trim();
        if (location is not null)
        {
            Locate(location);
        }
        Version++;
    }

    private School Locate(GeoPoint? location)
    {
        (Latitude, Longitude) = (location?.Latitude, location?.Longitude);
        return this;
    }

    public SchoolRegistered Registered(DateTimeOffset now) => new()
    {
        SchoolId = Id, Code = Code, Name = Name, Tier = Tier, ParentId = ParentId, Path = Path, Version = Version,
        Latitude = Latitude, Longitude = Longitude, OccurredAt = now,
    };

    public SchoolChanged Changed(DateTimeOffset now) => new()
    {
        SchoolId = Id, Code = Code, Name = Name, Tier = Tier, ParentId = ParentId, Path = Path, Version = Version,
        Latitude = Latitude, Longitude = Longitude, OccurredAt = now,
    };
}
