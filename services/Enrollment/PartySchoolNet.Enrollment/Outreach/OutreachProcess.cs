using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Enrollment.Partners;

namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>
/// Moves an approved request along reserve → (await lending) → book → schedule, one committed step at a time, and releases
/// what a failed attempt reserved. Every partner call carries <see cref="OutreachRequest.CallId"/>, so running a step again
/// after a crash or a timeout finds the reservation the first run made instead of making a second one. Whoever advances a
/// request holds its lease; a process that dies simply lets it run out and the sweeper continues.
/// </summary>
internal sealed class OutreachProcess(
    EnrollmentDbContext db, OutreachSteps steps, IOptions<OutreachOptions> options, TimeProvider clock, ILogger<OutreachProcess> logger)
{
    private const int MaxStepsPerRun = 12;

    /// <summary>Advances the request as far as it goes now; false when another process holds it.</summary>
    public async Task<bool> AdvanceAsync(Guid id, CancellationToken ct)
    {
        if (!await TakeLeaseAsync(id, ct))
        {
            return false;
        }
        await ContinueAsync(id, ct);
        return true;
    }

    /// <summary>
    /// Advances a request whose lease the caller took in the same commit as its own change (an approval), so that no sweeper
    /// starts it in between and the caller answers with how far it got.
    /// </summary>
    public async Task ContinueAsync(Guid id, CancellationToken ct)
    {
        try
        {
            for (var i = 0; i < MaxStepsPerRun && await StepAsync(id, ct); i++)
            {
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else moved the request while this step talked to a partner: whatever the step reserved may now be
            // nobody's, so a request no longer in flight releases again.
            await ReleaseAgainIfReturnedAsync(id);
        }
        finally
        {
            await db.OutreachRequests.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        }
    }

    private async Task<bool> TakeLeaseAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + options.Value.Lease;
        return await db.OutreachRequests.Where(r => r.Id == id && (r.LeaseUntil == null || r.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, until), ct) == 1;
    }

    /// <summary>One step, committed; true when the next one may follow at once.</summary>
    private async Task<bool> StepAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var request = await db.OutreachRequests.SingleAsync(r => r.Id == id, ct);
        var now = clock.GetUtcNow();
        if (!request.ReleasePending && (!request.IsInFlight || request.NextTryAt > now))
        {
            return false;
        }
        var wasReleasing = request.ReleasePending;
        bool more;
        try
        {
            more = request.ReleasePending ? await steps.ReleaseAsync(request, ct) : await steps.TakeAsync(request, ct);
        }
        catch (PartnerRefusedException ex) when (!wasReleasing)
        {
            logger.LogWarning("Outreach request {RequestId} step {Step} refused: {Code} {Reason}", request.Id, request.Step, ex.Code, ex.Message);
            request.Return($"安排未能完成：{ex.Message}", clock.GetUtcNow());
            more = true;
        }
        catch (Exception ex) when (ex is PartnerUnavailableException or PartnerRefusedException)
        {
            logger.LogWarning("Outreach request {RequestId} step {Step}: {Problem}; trying again later", request.Id, request.Step, ex.Message);
            request.RetryLater(ex.Message, options.Value.RetryDelay, clock.GetUtcNow());
            more = !wasReleasing && request.ReleasePending;
        }
        request.Lease(clock.GetUtcNow() + options.Value.Lease);
        await db.SaveChangesAsync(ct);
        return more;
    }

    private async Task ReleaseAgainIfReturnedAsync(Guid id)
    {
        db.ChangeTracker.Clear();
        await db.OutreachRequests
            .Where(r => r.Id == id && r.Status != OutreachStatus.Approving && r.Status != OutreachStatus.AwaitingLending && r.Status != OutreachStatus.Scheduled && r.Attempt > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReleasePending, true).SetProperty(r => r.NextTryAt, clock.GetUtcNow()), CancellationToken.None);
    }
}
