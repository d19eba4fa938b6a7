using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>The township asks, amends, withdraws and confirms delivery; the county declines (approval: <see cref="OutreachApproval"/>).</summary>
internal sealed class OutreachCommands(EnrollmentDbContext db, OutreachQueries queries, OutreachProcess process, TimeProvider clock)
{
    /// <summary>More than a township's hall holds: a typing error, not a session.</summary>
    private const int MaxAttendance = 2000;

    public static readonly Refusal ChangedConcurrently = new("outreach_changed_concurrently", "送教申请已被他人处理，请刷新后重试");

    public async Task<Contracts.OutreachRequest> RequestAsync(RequestOutreachRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(OutreachAccess.RequestingRoles);
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var townshipId = errors.Id(request.TownshipId, "township_id", "乡镇党校", required: false);
        var details = errors.Outreach(request.Details, now);
        errors.ThrowIfAny();

        var township = await db.GetActingSchoolAsync(townshipId, caller, ct);
        if (township.Tier != SchoolTier.Township)
        {
            throw new ValidationFailedException([new FieldError("township_id", "送教下基层由乡镇党校提出申请")]);
        }
        var outreach = OutreachRequest.Submit(township, details!, caller.Name, now);
        db.OutreachRequests.Add(outreach);
        db.AddEvent(new OutreachRequested(outreach.Snapshot(), now));
        await db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
        return await queries.ToMessageAsync(outreach, ct);
    }

    public async Task<Contracts.OutreachRequest> AmendAsync(AmendOutreachRequestRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(OutreachAccess.RequestingRoles);
        var errors = new FieldErrors();
        errors.When(request.ExpectedVersion < 1, "expected_version", "请提供读取时的版本号");
        var details = errors.Outreach(request.Details, clock.GetUtcNow());
        errors.ThrowIfAny();

        var outreach = await db.GetOutreachAsync(request.OutreachRequestId, caller, ct);
        if (outreach.Version != request.ExpectedVersion)
        {
            throw new StateConflictException(ChangedConcurrently.Code, ChangedConcurrently.Message);
        }
        outreach.Amend(details!);
        await db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
        return await queries.ToMessageAsync(outreach, ct);
    }

    /// <summary>A scheduled request's class is called off with it, and its instructor and site are released (inline, or by the sweeper).</summary>
    public async Task<Contracts.OutreachRequest> WithdrawAsync(WithdrawOutreachRequestRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(OutreachAccess.RequestingRoles);
        var reason = Reason(request.Reason, "撤回原因");
        var outreach = await db.GetOutreachAsync(request.OutreachRequestId, caller, ct);
        var now = clock.GetUtcNow();
        outreach.Withdraw(reason, now);
        if (outreach.ClassId is { } classId && await db.Classes.SingleAsync(c => c.Id == classId, ct) is { State: not ClassState.Cancelled } training)
        {
            training.MoveTo(ClassState.Cancelled, $"送教申请已撤回：{reason}", now);
            db.AddEvent(new ClassCancelled(training.Snapshot(), training.CancelReason, now));
        }
        db.AddEvent(new OutreachWithdrawn(outreach.Snapshot(), reason, outreach.ClassId, now));
        await db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
        if (outreach.ReleasePending)
        {
            await process.AdvanceAsync(outreach.Id, ct);
        }
        return await queries.GetAsync(outreach.Id.ToString(), caller, ct);
    }

    public async Task<Contracts.OutreachRequest> DeclineAsync(DeclineOutreachRequestRequest request, Caller caller, CancellationToken ct)
    {
        var reason = Reason(request.Reason, "不予批准的原因");
        var outreach = await db.GetOutreachAsync(request.OutreachRequestId, caller, ct);
        caller.EnsureDispatches(outreach);
        var now = clock.GetUtcNow();
        outreach.Decline(reason, now);
        db.AddEvent(new OutreachDeclined(outreach.Snapshot(), reason, now));
        await db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
        return await queries.ToMessageAsync(outreach, ct);
    }

    /// <summary>The township's rating (1–5) is the instructor's rating of this session until trainees' feedback replaces it.</summary>
    public async Task<Contracts.OutreachRequest> ConfirmDeliveryAsync(ConfirmOutreachDeliveryRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(OutreachAccess.RequestingRoles);
        var comment = request.Comment.Trim();
        new FieldErrors().When(request.Rating is < 1 or > 5, "rating", "请为本次送教评分（1至5分）")
            .When(request.AttendanceCount is < 1 or > MaxAttendance, "attendance_count", $"请填写实际参训人数（1至{MaxAttendance}人）")
            .When(comment.Length > 500, "comment", "评价不能超过500个字符").ThrowIfAny();
        var outreach = await db.GetOutreachAsync(request.OutreachRequestId, caller, ct);
        var now = clock.GetUtcNow();
        outreach.Deliver(request.AttendanceCount, request.Rating, comment, now);
        var window = outreach.Window!;
        var hours = Math.Round((decimal)(window.EndsAt - window.StartsAt).TotalHours, 1);
        db.AddEvent(new OutreachDelivered(outreach.Snapshot(), outreach.ClassId!.Value, outreach.InstructorId!.Value, request.AttendanceCount, request.Rating, hours, now));
        // One rating per request: the request's id makes the rating id, so a repeated confirmation cannot count twice.
        db.AddEvent(new InstructorRated(outreach.Id, outreach.InstructorId.Value, request.Rating * 20, 1, outreach.Id.ToString(), now));
        await db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
        return await queries.ToMessageAsync(outreach, ct);
    }

    private static string Reason(string value, string label)
    {
        var reason = value.Trim();
        new FieldErrors().When(reason.Length is 0 or > 200, "reason", $"请填写{label}（不超过200个字符）").ThrowIfAny();
        return reason;
    }
}
