namespace PartySchoolNet.Identity.Contracts;

/// <summary>Claims every token carries, so each service can decide tenancy on its own.</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string SchoolId = "school_id";
    public const string SchoolTier = "school_tier";
    public const string ScopePath = "scope_path";
    public const string ClientId = "client_id";
    public const string Audience = "partyschoolnet";
}
