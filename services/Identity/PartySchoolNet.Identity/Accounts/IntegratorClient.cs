namespace PartySchoolNet.Identity.Accounts;

/// <summary>An integrator's OAuth client (its secret lives hashed in OpenIddict's store), bound to the school whose data it may use.</summary>
public sealed class IntegratorClient
{
    public string ClientId { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public Guid SchoolId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static IntegratorClient Create(string clientId, string displayName, Guid schoolId, DateTimeOffset now) =>
        new() { ClientId = clientId, DisplayName = displayName, SchoolId = schoolId, CreatedAt = now };
}
