namespace PartySchoolNet.Identity.Security;

/// <summary>
/// The password checks a slowed address has had in its current minute; counted only by <see cref="AddressGuard"/>'s
/// atomic SQL, so checks sent at once still get no more than the policy's turns.
/// </summary>
public sealed class AddressTurns
{
    public string Address { get; private set; } = "";
    public DateTimeOffset MinuteStartedAt { get; private set; }
    public int Checks { get; private set; }
}
