using PartySchoolNet.Identity.Contracts;

namespace PartySchoolNet.Identity.Accounts;

/// <summary>A person who signs in, belonging to one school, with one or more roles there.</summary>
public sealed class Account
{
    public Guid Id { get; private set; }
    public string UserName { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string PasswordHash { get; set; } = "";
    public Guid SchoolId { get; private set; }
    public List<string> Roles { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }

    public static Account Create(string userName, string displayName, Guid schoolId, IEnumerable<string> roles, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), UserName = userName, DisplayName = displayName, SchoolId = schoolId,
        Roles = roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), CreatedAt = now,
    };

    public AccountRegistered Registered() => new(Id, UserName, DisplayName, SchoolId, Roles, CreatedAt);
}
