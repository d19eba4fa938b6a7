using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.ServiceDefaults.Geo;

namespace PartySchoolNet.FacultyPool.Instructors;

/// <summary>An instructor's editable details, already validated.</summary>
public sealed record InstructorSpec(
    string Name,
    InstructorKind Kind,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Tags,
    string Title,
    string Bio,
    string Contact,
    GeoPoint? Location,
    int MonthlyLoadLimit,
    int MaxAudience,
    SharingScope SharedWith,
    IReadOnlyList<AvailabilityWindow> Availability,
    IReadOnlyList<BlackoutPeriod> Blackouts,
    bool Retired = false);
