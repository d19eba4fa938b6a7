using PartySchoolNet.Identity.Contracts;

namespace PartySchoolNet.Identity.Security;

/// <summary>One line of the security audit: who tried or changed what, from where. Never updated or deleted.</summary>
public sealed class SecurityEvent
{
    public Guid Id { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public SecurityEventKind Kind { get; private set; }
    public string UserName { get; private set; } = "";
    public Guid? SchoolId { get; private set; }

    /// <summary>The school's path, for scoped reading; empty when the name typed at sign-in matches no account (the city sees those).</summary>
    public string SchoolPath { get; private set; } = "";

    public string Actor { get; private set; } = "";
    public string Address { get; private set; } = "";
    public string Detail { get; private set; } = "";

    public static SecurityEvent Of(SecurityEventKind kind, string userName, School? school, string actor, string address, string detail, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), OccurredAt = now, Kind = kind, UserName = Clip(userName, 64), SchoolId = school?.Id,
        SchoolPath = school?.Path ?? "", Actor = Clip(actor, 64), Address = Clip(address, 64), Detail = Clip(detail, 200),
    };

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];
}
