using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceDefaults.Geo;

namespace PartySchoolNet.ServiceKit;

/// <summary>A school as this service knows it from Identity's events.</summary>
public sealed class SchoolReplica
{
    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public SchoolTier Tier { get; private set; }
    public Guid? ParentId { get; private set; }
    public string Path { get; private set; } = "";
    public long Version { get; private set; }
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }

    public GeoPoint? Location => GeoPoint.From(Latitude, Longitude);

    public static SchoolReplica From(SchoolFacts facts)
    {
        var school = new SchoolReplica { Id = facts.SchoolId };
        school.Apply(facts);
        return school;
    }

    /// <summary>Takes the facts only when they are newer than what is held, so late or reordered events change nothing.</summary>
    public bool Apply(SchoolFacts facts)
    {
        if (facts.Version <= Version && Version != 0)
        {
            return false;
        }
        (Code, Name, Tier, ParentId, Path, Version) = (facts.Code, facts.Name, facts.Tier, facts.ParentId, facts.Path, facts.Version);
        (Latitude, Longitude) = (facts.Latitude, facts.Longitude);
        return true;
    }
}
