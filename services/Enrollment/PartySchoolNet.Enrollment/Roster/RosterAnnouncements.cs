using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Messaging.Outbox;

namespace PartySchoolNet.Enrollment.Roster;

/// <summary>Announces roster changes (CadresChanged) in the transaction that makes them, so reports know every cadre.</summary>
internal static class RosterAnnouncements
{
    public const int CadresPerEvent = 1000;

    public static void AnnounceCadres(this DbContext db, IEnumerable<(Cadre Cadre, string UnitName)> cadres, EnrollmentOptions options, DateTimeOffset now)
    {
        foreach (var part in cadres.Select(c => c.Cadre.Snapshot(c.UnitName, options.RequiredHours(c.Cadre.PositionLevel))).Chunk(CadresPerEvent))
        {
            db.AddEvent(new CadresChanged(Guid.CreateVersion7(now), part, now));
        }
    }
}
