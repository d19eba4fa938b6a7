using Google.Protobuf.WellKnownTypes;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Data;
using PartySchoolNet.Testing;

namespace PartySchoolNet.Benchmarks;

/// <summary>
/// Site search over the demo catalogue (1,000+ sites, 10,000+ bookings), called in-process (no sockets), so the
/// figure is the server's time plus in-memory gRPC framing. Baseline: fetching one site by id on the same host.
/// </summary>
internal static class SiteSearchBenchmark
{
    public static async Task RunAsync()
    {
        await using var host = new DomainServiceHost<SiteResourcesDbContext>("site-resources",
            new Dictionary<string, string> { ["SiteResources:SeedDemoCatalogue"] = "true" });
        await host.InitializeAsync();
        await host.UntilEverySchoolHandledByAsync("DemoCatalogueConsumer", TimeSpan.FromMinutes(3));
        Console.WriteLine($"Catalogue: {await host.CountAsync("sites")} sites, {await host.CountAsync("bookings")} bookings");

        var wjb = new SiteResourcesService.SiteResourcesServiceClient(await host.ChannelFor("wjb.admin"));
        var dispatcher = new SiteResourcesService.SiteResourcesServiceClient(await host.ChannelFor("fn.dispatcher"));
        var wjbId = (await host.SchoolIdAsync("wjb")).ToString();
        var anySite = (await wjb.SearchSitesAsync(new SearchSitesRequest { PageSize = 1 })).Sites[0].Site.SiteId;
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        Timestamp At(int hour) => Timestamp.FromDateTimeOffset(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8)));

        var baseline = await Timing.MeasureAsync("baseline: GetSite by id", () => wjb.GetSiteAsync(new GetSiteRequest { SiteId = anySite }).ResponseAsync);
        Timing[] searches =
        [
            await Timing.MeasureAsync("township, all it may book, nearest 20", () => wjb.SearchSitesAsync(new SearchSitesRequest { PageSize = 20 }).ResponseAsync),
            await Timing.MeasureAsync("township, theme + capacity + free 09–11, nearest 20", () => wjb.SearchSitesAsync(new SearchSitesRequest
            {
                Themes = { "乡村振兴", "基层治理" }, MinCapacity = 30, FreeFrom = At(9), FreeUntil = At(11), PageSize = 20,
            }).ResponseAsync),
            await Timing.MeasureAsync("county dispatcher for 王家坝: terminals within 15 km, page 100", () => dispatcher.SearchSitesAsync(new SearchSitesRequest
            {
                RequestingSchoolId = wjbId, Kinds = { SiteKind.RemoteTerminal }, MaxDistanceKm = 15, PageSize = 100,
            }).ResponseAsync),
        ];

        Console.WriteLine(baseline.Line(baseline));
        foreach (var search in searches)
        {
            Console.WriteLine(search.Line(baseline));
        }
        RatioTable.AddSlowest("S1", "site search, slowest case ÷ GetSite by id (median)", searches, baseline);
    }
}
