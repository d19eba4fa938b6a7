using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Messaging.Persistence;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.SiteResources.Data;

namespace PartySchoolNet.SiteResources.Sites;

internal static class SiteSaving
{
    /// <summary>Saves a new or changed site, turning the database's refusals into errors a person can act on.</summary>
    public static async Task SaveSiteAsync(this SiteResourcesDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StateConflictException("site_changed_concurrently", "场地信息已被他人修改，请刷新后重试");
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(out _))
        {
            throw new AlreadyExistsException("site_name_taken", "本校已有同名场地");
        }
    }
}
