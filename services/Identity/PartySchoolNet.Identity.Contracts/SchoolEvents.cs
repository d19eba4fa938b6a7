namespace PartySchoolNet.Identity.Contracts;

/// <summary>The facts of a school that every service keeps in its local copy of the tree.</summary>
public abstract record SchoolFacts
{
    public required Guid SchoolId { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required SchoolTier Tier { get; init; }
    public Guid? ParentId { get; init; }

    /// <summary>Materialized path of codes from the city down, e.g. <c>fy.fn.wjb</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Grows with every change, so a consumer can ignore facts older than what it holds.</summary>
    public required long Version { get; init; }

    /// <summary>Where the school is (WGS 84), when Identity knows it.</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}

public sealed record SchoolRegistered : SchoolFacts;

public sealed record SchoolChanged : SchoolFacts;
