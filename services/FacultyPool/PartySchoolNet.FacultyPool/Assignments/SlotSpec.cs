using PartySchoolNet.ServiceDefaults.Geo;

namespace PartySchoolNet.FacultyPool.Assignments;

/// <summary>A teaching slot, already validated.</summary>
public sealed record SlotSpec(
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string PlaceName,
    GeoPoint? PlaceLocation,
    Guid? SiteId,
    string Title,
    int AudienceSize,
    string ReferenceId)
{
    /// <summary>Two slots with one key are at one place, so no travel time lies between them: the site, else the place's name.</summary>
    public string PlaceKey => SiteId is { } site ? $"site:{site}" : $"place:{PlaceName.ToLowerInvariant()}";
}
