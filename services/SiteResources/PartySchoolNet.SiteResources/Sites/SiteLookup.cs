using Microsoft.EntityFrameworkCore;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Data;

namespace PartySchoolNet.SiteResources.Sites;

/// <summary>Loads the site a caller asks for, or refuses: unknown → NotFound, outside the caller's reach → PermissionDenied.</summary>
internal static class SiteLookup
{
    /// <summary>A site the caller may read: one its scope owns, or one shared with the caller's school.</summary>
    public static bool CanRead(this Caller caller, Site site) => caller.CanSee(site.OwnerPath) || site.IsBookableBy(caller.ScopePath);

    public static async Task<Site> GetReadableSiteAsync(this SiteResourcesDbContext db, Guid id, Caller caller, CancellationToken ct)
    {
        var site = await db.Sites.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("场地不存在", "site_not_found");
        return caller.CanRead(site) ? site : throw new ForbiddenException("该场地未向本校开放");
    }

    /// <summary>A site whose owner is in the caller's scope: only such a site can be changed or its bookings decided.</summary>
    public static async Task<Site> GetManagedSiteAsync(this SiteResourcesDbContext db, Guid id, Caller caller, CancellationToken ct)
    {
        var site = await db.GetReadableSiteAsync(id, caller, ct);
        return caller.CanSee(site.OwnerPath) ? site : throw new ForbiddenException("只有场地所属学校及其上级可以管理该场地");
    }
}
