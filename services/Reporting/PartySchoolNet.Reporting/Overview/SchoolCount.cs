using PartySchoolNet.Identity.Contracts;

namespace PartySchoolNet.Reporting.Overview;

/// <summary>Schools of one tier under one scope; a school counts for its own path and every ancestor's.</summary>
public sealed class SchoolCount
{
    public string ScopePath { get; private set; } = "";
    public SchoolTier Tier { get; private set; }
    public int Count { get; private set; }
}
