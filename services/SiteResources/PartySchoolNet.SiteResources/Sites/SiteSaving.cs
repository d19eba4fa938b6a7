using PartySchoolNet.Persistence;
using PartySchoolNet.SiteResources.Data;

namespace PartySchoolNet.SiteResources.Sites;

internal static class SiteSaving
{
    /// <summary>Saves a new or changed site; a lost update or a second site of one name is refused.</summary>
    public static Task SaveSiteAsync(this SiteResourcesDbContext db, CancellationToken ct) =>
        db.SaveOrRefuseAsync(new("site_changed_concurrently", "场地信息已被他人修改，请刷新后重试"), new("site_name_taken", "本校已有同名场地"), ct);
}
