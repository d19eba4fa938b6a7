namespace PartySchoolNet.Identity.Security;

/// <summary><c>Identity:SignIn</c>: how many wrong passwords an account and an address get before they must wait.</summary>
public sealed class SignInPolicy
{
    /// <summary>Wrong passwords in a row before the account is locked; after that, each further wrong one locks it again.</summary>
    public int MaxFailures { get; set; } = 5;

    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Wrong passwords from one address, over any accounts, within <see cref="AddressWindow"/> before it is refused.</summary>
    public int AddressMaxFailures { get; set; } = 20;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(15);
}
