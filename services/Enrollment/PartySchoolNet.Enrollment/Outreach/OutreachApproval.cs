using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;

namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>
/// The county approves: the new attempt commits with <see cref="OutreachApproved"/>, then the process runs within the call as
/// far as it gets. What it cannot finish now (a partner away, a lending decision pending) the sweeper finishes later.
/// </summary>
internal sealed class OutreachApproval(EnrollmentDbContext db, OutreachProcess process, OutreachQueries queries, IOptions<OutreachOptions> options, TimeProvider clock)
{
    public async Task<Contracts.OutreachRequest> ApproveAsync(ApproveOutreachRequestRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var instructorId = errors.Id(request.InstructorId, "instructor_id", "教师", required: false);
        errors.When(request.Note.Length > 200, "note", "审批意见不能超过200个字符").ThrowIfAny();
        var outreach = await db.GetOutreachAsync(request.OutreachRequestId, caller, ct);
        caller.EnsureDispatches(outreach);
        errors.When(request.HasWindowIndex && (request.WindowIndex < 0 || request.WindowIndex >= outreach.Details.Windows.Count),
            "window_index", $"请选择第1至第{outreach.Details.Windows.Count}个希望时段").ThrowIfAny();

        var now = clock.GetUtcNow();
        outreach.Approve(caller.Name, instructorId == Guid.Empty ? null : instructorId, request.HasWindowIndex ? request.WindowIndex : null,
            request.AllowRematch, options.Value.Patience, now);
        // Leased with the approval: a sweeper starting the new attempt in between would leave this call nothing to answer with.
        var leased = outreach.TryLease(now + options.Value.Lease, now);
        db.AddEvent(new OutreachApproved(outreach.Snapshot(), caller.Name, now));
        await db.SaveOrRefuseAsync(OutreachCommands.ChangedConcurrently, null, ct);
        if (leased)
        {
            await process.ContinueAsync(outreach.Id, ct);
        }
        db.ChangeTracker.Clear();
        return await queries.GetAsync(outreach.Id.ToString(), caller, ct);
    }
}
