using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.SiteResources.Tests;

/// <summary>The host plus four sites that differ in owner and sharing, the targets of the tenancy matrix.</summary>
public sealed class TenancyWorld : IAsyncLifetime
{
    public SiteResourcesHost Host { get; } = new();

    /// <summary>王家坝's own, 阜南's shared with its county, 颍州's own, 颍州's shared with the whole city.</summary>
    public Dictionary<string, Site> Sites { get; } = [];

    public async ValueTask InitializeAsync()
    {
        await Host.InitializeAsync();
        foreach (var (target, owner, scope) in new[]
        {
            ("wjb-own", "wjb", SharingScope.OwnSchool), ("fn-county", "fn", SharingScope.County),
            ("yz-own", "yz", SharingScope.OwnSchool), ("yz-city", "yz", SharingScope.City),
        })
        {
            Sites[target] = await Host.RegisterAsync("fy.admin", owner, SiteResourcesHost.Details($"权限矩阵测试场地-{target}", scope));
        }
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
