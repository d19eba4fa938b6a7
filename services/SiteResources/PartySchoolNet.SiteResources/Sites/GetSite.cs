using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Data;

namespace PartySchoolNet.SiteResources.Sites;

internal sealed class GetSite(SiteResourcesDbContext db)
{
    public async Task<Contracts.Site> HandleAsync(GetSiteRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.SiteId, "site_id", "场地");
        errors.ThrowIfAny();
        var site = await db.GetReadableSiteAsync(id, caller, ct);
        return site.ToMessage(await db.SchoolNameAsync(site.OwnerSchoolId, ct));
    }
}
