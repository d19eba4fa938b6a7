using PartySchoolNet.ServiceDefaults.Geo;
using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.SiteResources.Sites;

/// <summary>A site's editable details, already validated.</summary>
public sealed record SiteSpec(
    string Name,
    SiteKind Kind,
    string Address,
    GeoPoint Location,
    int Capacity,
    IReadOnlyList<string> Facilities,
    IReadOnlyList<string> Themes,
    SiteGrade Grade,
    IReadOnlyList<OpeningWindow> OpeningHours,
    SharingScope BookableBy,
    bool ApprovalRequired,
    string Description,
    bool Retired = false);
