namespace PartySchoolNet.Identity.Security;

/// <summary>
/// An address an account signed in from, with wrong passwords counted for that address alone: a recent success from it
/// lets the owner past a lock that guessing from elsewhere put on the account (see <see cref="AccountGuard"/>).
/// Counted and locked only by the guard's atomic SQL; an admin's unlock lifts it here too.
/// </summary>
public sealed class KnownAddress
{
    public Guid AccountId { get; private set; }
    public string Address { get; private set; } = "";
    public DateTimeOffset LastSignedInAt { get; private set; }
    public int FailedSignIns { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }

    public void Unlock()
    {
        FailedSignIns = 0;
        LockedUntil = null;
    }
}
