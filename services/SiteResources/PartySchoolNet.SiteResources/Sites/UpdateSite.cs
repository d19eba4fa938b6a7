using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Data;

namespace PartySchoolNet.SiteResources.Sites;

/// <summary>Replaces a site's details. Bookings already made stay as they are.</summary>
internal sealed class UpdateSite(SiteResourcesDbContext db, TimeProvider clock)
{
    public async Task<Contracts.Site> HandleAsync(UpdateSiteRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(Roles.NetworkAdmin, Roles.SchoolAdmin);
        var errors = new FieldErrors();
        var id = errors.Id(request.SiteId, "site_id", "场地");
        errors.When(request.ExpectedVersion < 1, "expected_version", "请提供读取时的版本号");
        var spec = errors.Details(request.Details);
        errors.ThrowIfAny();

        var site = await db.GetManagedSiteAsync(id, caller, ct);
        if (site.Version != request.ExpectedVersion)
        {
            throw new StateConflictException("site_changed_concurrently", "场地信息已被他人修改，请刷新后重试");
        }
        var now = clock.GetUtcNow();
        site.Change(spec!, now);
        db.AddEvent(new SiteChanged(site.Snapshot(), now));
        await db.SaveSiteAsync(ct);
        return site.ToMessage(await db.SchoolNameAsync(site.OwnerSchoolId, ct));
    }
}
