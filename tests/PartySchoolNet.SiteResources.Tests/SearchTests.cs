using Google.Type;
using PartySchoolNet.SiteResources.Contracts;
using Shouldly;
using static PartySchoolNet.SiteResources.Tests.SiteResourcesHost;

namespace PartySchoolNet.SiteResources.Tests;

public sealed class SearchTests(DemoCatalogueHost host) : IClassFixture<DemoCatalogueHost>
{
    [Fact]
    public async Task The_demo_catalogue_has_over_a_thousand_sites_with_206_village_terminals_in_one_county()
    {
        (await host.CountAsync("sites")).ShouldBeGreaterThanOrEqualTo(1000);
        (await host.CountAsync("sites", "kind = 'RemoteTerminal' AND (owner_path = 'fy.fn' OR owner_path LIKE 'fy.fn.%')")).ShouldBe(206);
        (await host.CountAsync("sites", "kind = 'OutOfRegionBase'")).ShouldBe(7);
        (await host.CountAsync("bookings", "status = 'Confirmed'")).ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task A_township_sees_every_site_it_may_book_nearest_first_and_nothing_else()
    {
        var client = await host.ClientFor("wjb.admin");
        var wjb = await (await host.Identity.ClientFor("wjb.admin")).GetSchoolAsync(new() { SchoolId = (await host.SchoolIdAsync("wjb")).ToString() });
        var bookable = await host.CountAsync("sites", "share_path IN ('fy', 'fy.fn', 'fy.fn.wjb')");

        var matches = new List<SiteMatch>();
        var request = new SearchSitesRequest { PageSize = 200 };
        do
        {
            var page = await client.SearchSitesAsync(request);
            page.TotalCount.ShouldBe((int)bookable);
            matches.AddRange(page.Sites);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        matches.Count.ShouldBe((int)bookable);
        matches.Select(m => m.Site.SiteId).Distinct().Count().ShouldBe(matches.Count);
        matches.Select(m => m.DistanceKm).ShouldBeInOrder();
        matches.ShouldAllBe(m => Math.Abs(m.DistanceKm - HaversineKm(wjb.Location, m.Site.Location)) < 0.01);
        matches[0].Site.OwnerSchoolName.ShouldBe("王家坝镇党校");
    }

    [Fact]
    public async Task Filters_by_kind_theme_facility_capacity_and_distance_all_hold_on_every_result()
    {
        var client = await host.ClientFor("fn.dispatcher");
        var request = new SearchSitesRequest
        {
            Kinds = { SiteKind.TeachingPoint, SiteKind.RedEducationBase }, Themes = { "防汛抗洪" }, Facilities = { "exhibition" },
            MinCapacity = 60, NearSchoolId = (await host.SchoolIdAsync("wjb")).ToString(), MaxDistanceKm = 20, PageSize = 50,
        };

        var found = await client.SearchSitesAsync(request);

        found.Sites.Select(m => m.Site.Name).ShouldBe(["王家坝抗洪纪念馆", "王家坝闸现场教学点", "西田坡庄台现场教学点"], ignoreOrder: true);
        found.Sites.ShouldAllBe(m => m.Site.Capacity >= 60 && m.DistanceKm <= 20 && m.Site.Themes.Contains("防汛抗洪"));
    }

    [Fact]
    public async Task A_free_window_leaves_out_sites_booked_or_closed_then()
    {
        var here = new LatLng { Latitude = 31.5, Longitude = 118.5 };
        var weekdays = Details("只在工作日开放的测试点", latitude: here.Latitude, longitude: here.Longitude);
        weekdays.OpeningHours.Clear();
        weekdays.OpeningHours.AddRange(Enumerable.Range(1, 5).Select(d => new OpeningWindow { Weekday = d, Opens = "08:00", Closes = "18:00" }));
        var site = await host.RegisterAsync("fy.admin", "fy", weekdays);
        var client = await host.ClientFor("fy.admin");
        var monday = host.FreshMonday();
        await client.BookSiteAsync(Booking(site, At(monday, 10), At(monday, 12)));

        async Task<bool> FreeAsync(DateOnly day, int from, int until) =>
            (await client.SearchSitesAsync(new SearchSitesRequest { Near = here, MaxDistanceKm = 1, FreeFrom = At(day, from), FreeUntil = At(day, until) }))
                .Sites.Any(m => m.Site.SiteId == site.SiteId);

        (await FreeAsync(monday, 11, 13)).ShouldBeFalse();
        (await FreeAsync(monday, 12, 14)).ShouldBeTrue();
        (await FreeAsync(monday, 7, 9)).ShouldBeFalse();
        (await FreeAsync(monday.AddDays(6), 10, 11)).ShouldBeFalse();
    }

    private static double HaversineKm(LatLng a, LatLng b)
    {
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var h = Math.Pow(Math.Sin(Rad(b.Latitude - a.Latitude) / 2), 2)
            + Math.Cos(Rad(a.Latitude)) * Math.Cos(Rad(b.Latitude)) * Math.Pow(Math.Sin(Rad(b.Longitude - a.Longitude) / 2), 2);
        return 2 * 6371.0088 * Math.Asin(Math.Sqrt(h));
    }
}
