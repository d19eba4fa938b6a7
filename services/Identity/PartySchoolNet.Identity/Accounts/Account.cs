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
    public bool Disabled { get; private set; }

    /// <summary>Changes whenever the password changes or the account is disabled: a refresh token carrying an older stamp is refused.</summary>
    public Guid SecurityStamp { get; private set; }

    /// <summary>Wrong passwords from addresses the account has not signed in from recently, since the last success there; written only by <see cref="Security.AccountGuard"/>'s atomic SQL.</summary>
    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public static Account Create(string userName, string displayName, Guid schoolId, IEnumerable<string> roles, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), UserName = userName, DisplayName = displayName, SchoolId = schoolId,
        Roles = roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), CreatedAt = now, SecurityStamp = Guid.NewGuid(),
    };

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil > now;

    /// <summary>A new password ends every session of the old one and lifts a lockout.</summary>
    public void SetPassword(string hash)
    {
        PasswordHash = hash;
        SecurityStamp = Guid.NewGuid();
        Unlock();
    }

    public void Disable()
    {
        Disabled = true;
        SecurityStamp = Guid.NewGuid();
    }

    public void Enable()
    {
        Disabled = false;
        Unlock();
    }

    private void Unlock()
    {
        FailedSignIns = 0;
        LockedUntil = null;
    }

    public AccountRegistered Registered() => new(Id, UserName, DisplayName, SchoolId, Roles, CreatedAt);

    public AccountChanged Changed(DateTimeOffset at) => new(Id, UserName, DisplayName, SchoolId, Roles, Disabled, at);
}
