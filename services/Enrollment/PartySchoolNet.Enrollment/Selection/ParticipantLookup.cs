using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Data;

namespace PartySchoolNet.Enrollment.Selection;

internal static class ParticipantLookup
{
    /// <summary>Parses the enrollment id and refuses with it whatever else <paramref name="errors"/> holds.</summary>
    public static Guid EnrollmentId(this FieldErrors errors, string value)
    {
        var id = errors.Id(value, "enrollment_id", "报名记录");
        errors.ThrowIfAny();
        return id;
    }

    public static async Task<Participant> GetParticipantAsync(this EnrollmentDbContext db, string value, CancellationToken ct, FieldErrors? errors = null)
    {
        var id = (errors ?? new FieldErrors()).EnrollmentId(value);
        return await db.Participants.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("报名记录不存在", "enrollment_not_found");
    }

    /// <summary>The class's owner side, or the trainee's own school and those above it.</summary>
    public static bool RunsOrSends(this Caller caller, TrainingClass training, Participant participant) =>
        caller.Runs(training) || caller.CanSee(participant.SchoolPath);

    public static async Task<TrainingClass> GetClassOfAsync(this EnrollmentDbContext db, Participant participant, Caller caller, CancellationToken ct)
    {
        var training = await db.Classes.FirstAsync(c => c.Id == participant.ClassId, ct);
        return caller.RunsOrSends(training, participant) ? training : throw new ForbiddenException("只有办班学校或学员所在单位可以查看该学员的培训记录");
    }

    public static void EnsureConfirmed(this Participant participant)
    {
        if (participant.Status != EnrollmentStatus.Confirmed)
        {
            throw new StateConflictException("enrollment_not_confirmed", "该学员不是本班次的正式学员");
        }
    }
}
