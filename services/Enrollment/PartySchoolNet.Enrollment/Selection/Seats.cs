using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Enrollment.Roster;
using PartySchoolNet.Persistence;

namespace PartySchoolNet.Enrollment.Selection;

/// <summary>
/// Confirmations, withdrawals and self-selections as callers send them: what can be checked without the class's turn is
/// checked here, then the change joins its class's line at the <see cref="SeatDesk"/>, the one authority over seats.
/// </summary>
internal sealed class Seats(EnrollmentDbContext db, SeatDesk desk)
{
    public static readonly Refusal ChangedConcurrently = new("class_changed_concurrently", "班次名单已被他人修改，请刷新后重试");

    public async Task<Contracts.Enrollment> ConfirmAsync(ConfirmEnrollmentRequest request, Caller caller, CancellationToken ct)
    {
        var id = new FieldErrors().EnrollmentId(request.EnrollmentId);
        return await desk.ChangeAsync(await ClassOfAsync(id, ct), new ConfirmSeat(caller, id), ct);
    }

    public async Task<Contracts.Enrollment> WithdrawAsync(WithdrawEnrollmentRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(RosterLookup.KeepingRoles);
        var id = new FieldErrors().When(request.Reason.Trim().Length is 0 or > 200, "reason", "请填写退出原因（不超过200个字符）").EnrollmentId(request.EnrollmentId);
        return await desk.ChangeAsync(await ClassOfAsync(id, ct), new WithdrawSeat(caller, id, request.Reason.Trim()), ct);
    }

    /// <summary>A cadre takes a seat in an open self-selected course, first come first served; a full course refuses.</summary>
    public async Task<Contracts.Enrollment> SelectAsync(SelectCourseRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(RosterLookup.KeepingRoles);
        var errors = new FieldErrors();
        var classId = errors.Id(request.ClassId, "class_id", "课程");
        var cadreId = errors.Id(request.CadreId, "cadre_id", "学员");
        errors.ThrowIfAny();
        var cadre = await db.GetCadreInScopeAsync(cadreId, caller, ct);
        return await desk.ChangeAsync(classId, new SelectSeat(caller, classId, cadre), ct);
    }

    private async Task<Guid> ClassOfAsync(Guid participantId, CancellationToken ct) =>
        await db.Participants.Where(p => p.Id == participantId).Select(p => (Guid?)p.ClassId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("报名记录不存在", "enrollment_not_found");
}
