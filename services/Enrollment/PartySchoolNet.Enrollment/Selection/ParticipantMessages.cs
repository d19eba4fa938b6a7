using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Enrollment.Roster;

namespace PartySchoolNet.Enrollment.Selection;

internal static class ParticipantMessages
{
    /// <summary>Participants as messages, with the cadre's name, level and unit, and each waitlisted one's place in line.</summary>
    public static async Task<List<Contracts.Enrollment>> ToMessagesAsync(this EnrollmentDbContext db, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var cadreIds = participants.Select(p => p.CadreId).Distinct().ToList();
        var cadres = await db.Cadres.AsNoTracking().Where(c => cadreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var units = await db.UnitNamesAsync(participants.Select(p => p.UnitId), ct);
        var classIds = participants.Where(p => p.WaitlistTicket is not null).Select(p => p.ClassId).Distinct().ToList();
        var line = await db.Participants.Where(p => classIds.Contains(p.ClassId) && p.Status == EnrollmentStatus.Waitlisted)
            .Select(p => new { p.ClassId, Ticket = p.WaitlistTicket!.Value }).ToListAsync(ct);
        return [.. participants.Select(p => p.ToMessage(cadres[p.CadreId], units.GetValueOrDefault(p.UnitId, ""),
            p.WaitlistTicket is { } ticket ? line.Count(w => w.ClassId == p.ClassId && w.Ticket <= ticket) : 0))];
    }

    public static async Task<Contracts.Enrollment> ToMessageAsync(this EnrollmentDbContext db, Participant participant, CancellationToken ct) =>
        (await db.ToMessagesAsync([participant], ct))[0];

    private static Contracts.Enrollment ToMessage(this Participant p, Cadre cadre, string unitName, int waitlistPosition) => new()
    {
        EnrollmentId = p.Id.ToString(), ClassId = p.ClassId.ToString(), CadreId = p.CadreId.ToString(), CadreName = cadre.Name,
        UnitId = p.UnitId.ToString(), UnitName = unitName, PositionLevel = cadre.PositionLevel, Status = p.Status, Source = p.Source,
        RepeatTraining = p.RepeatTraining, PreviousClassTitle = p.PreviousClassTitle, WaitlistPosition = waitlistPosition,
        NominatedBy = p.NominatedBy, ConfirmedAt = p.ConfirmedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        WithdrawalReason = p.WithdrawalReason, CreditedHours = (double)(p.CreditedHours ?? 0),
    };
}
