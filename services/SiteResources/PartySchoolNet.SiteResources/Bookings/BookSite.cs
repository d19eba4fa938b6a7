using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Data;
using PartySchoolNet.SiteResources.Sites;

namespace PartySchoolNet.SiteResources.Bookings;

/// <summary>
/// Books a site for a school in the caller's scope. The database's exclusion constraint is the single authority on
/// overlaps: whichever of two racing requests commits first wins, the other gets <c>site_time_taken</c>.
/// </summary>
internal sealed class BookSite(SiteResourcesDbContext db, TimeProvider clock)
{
    private static readonly Refusal TimeTaken = new("site_time_taken", "该场地在所选时段已被预约，请选择其他时段或场地");

    public static readonly string[] BookingRoles = [Roles.NetworkAdmin, Roles.SchoolAdmin, Roles.Dispatcher, Roles.ClassManager, Roles.Integrator];

    public async Task<Contracts.Booking> HandleAsync(BookSiteRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(BookingRoles);
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var siteId = errors.Id(request.SiteId, "site_id", "场地");
        var requesterId = errors.Id(request.RequestingSchoolId, "requesting_school_id", "预约学校", required: false);
        var spec = errors.Booking(request, now);
        errors.ThrowIfAny();

        var requester = await db.GetActingSchoolAsync(requesterId, caller, ct);
        var repeat = spec!.RequestId is null ? null : db.Bookings.Where(b => b.RequestingSchoolId == requester.Id && b.RequestId == spec.RequestId);
        return await db.OncePerRequestAsync(repeat, earlier => db.ToMessageAsync(earlier, ct), () => BookAsync(siteId, requester, spec, caller, now, ct), ct);
    }

    private async Task<Contracts.Booking> BookAsync(Guid siteId, SchoolReplica requester, BookingSpec spec, Caller caller, DateTimeOffset now, CancellationToken ct)
    {
        var site = await db.GetReadableSiteAsync(siteId, caller, ct);
        if (!site.IsBookableBy(requester.Path))
        {
            throw new ForbiddenException("该场地未向预约学校开放", "site_not_shared");
        }
        if (site.Retired)
        {
            throw new StateConflictException("site_retired", "该场地已停用，不能预约");
        }
        new FieldErrors()
            .When(spec.AudienceSize > site.Capacity, "audience_size", $"参加人数超过场地容量（{site.Capacity}人）")
            .When(!site.IsOpen(spec.StartsAt, spec.EndsAt), "start_time", "所选时段不在场地开放时间内")
            .ThrowIfAny();

        var needsApproval = site.ApprovalRequired && requester.Id != site.OwnerSchoolId && !BookingDecisions.CanDecide(caller, site);
        var booking = Booking.Request(site, requester, spec, needsApproval, caller.Name, now);
        db.Bookings.Add(booking);
        db.AddEvent(needsApproval ? new SiteBookingRequested(booking.Snapshot(), now) : new SiteBooked(booking.Snapshot(), now));
        await db.SaveOrRefuseAsync(BookingSaving.ChangedConcurrently, null, _ => TimeTaken, ct);
        return booking.ToMessage(site, requester.Name);
    }
}
