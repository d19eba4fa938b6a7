using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;

namespace PartySchoolNet.Identity.Security;

internal static class SecurityAudit
{
    /// <summary>Queues an audit line; it is stored by the next <c>SaveChangesAsync</c>, with the change it describes.</summary>
    public static void Audit(this IdentityDbContext db, SecurityEventKind kind, string userName, School? school, string actor, string address, string detail, DateTimeOffset now) =>
        db.SecurityEvents.Add(SecurityEvent.Of(kind, userName, school, actor, address, detail, now));
}
