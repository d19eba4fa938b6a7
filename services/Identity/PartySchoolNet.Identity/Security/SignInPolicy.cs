namespace PartySchoolNet.Identity.Security;

/// <summary>
/// <c>Identity:SignIn</c>: how guessing is slowed. An account is locked after wrong passwords, per lane (strange addresses,
/// or each address it signed in from recently); an address is slowed, never refused, once its failures look like guessing.
/// </summary>
public sealed class SignInPolicy
{
    /// <summary>Wrong passwords in a row before a lane of the account is locked; after that, each further wrong one locks it again.</summary>
    public int MaxFailures { get; set; } = 5;

    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long after a successful sign-in an address stays the account's own lane.</summary>
    public TimeSpan KnownAddressFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Distinct user names that failed from one address within <see cref="AddressWindow"/> and have not signed in from it since
    /// (unknown names never do): at this many the address is slowed. A typo followed by the right password does not count.
    /// </summary>
    public int SuspectNames { get; set; } = 15;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Password checks a slowed address gets per minute for names that have not signed in from it recently.</summary>
    public int SlowedChecksPerMinute { get; set; } = 12;

    /// <summary>
    /// Password checks any address gets per minute for such names: more than a county hall's registration morning needs, and
    /// the most a burst sent at once gets before its failures are counted.
    /// </summary>
    public int ChecksPerMinute { get; set; } = 300;
}
