using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Data;

namespace PartySchoolNet.SiteResources.Sites;

/// <summary>A school's admin (or an admin above it) adds a site to the catalogue for that school.</summary>
internal sealed class RegisterSite(SiteResourcesDbContext db, TimeProvider clock)
{
    public async Task<Contracts.Site> HandleAsync(RegisterSiteRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(Roles.NetworkAdmin, Roles.SchoolAdmin);
        var errors = new FieldErrors();
        var ownerId = errors.Id(request.OwnerSchoolId, "owner_school_id", "所属学校");
        var spec = errors.Details(request.Details);
        errors.ThrowIfAny();

        var owner = await db.GetSchoolInScopeAsync(ownerId, caller, ct);
        var now = clock.GetUtcNow();
        var site = Site.Register(owner, spec!, now);
        db.Sites.Add(site);
        db.AddEvent(new SiteRegistered(site.Snapshot(), now));
        await db.SaveSiteAsync(ct);
        return site.ToMessage(owner.Name);
    }
}
