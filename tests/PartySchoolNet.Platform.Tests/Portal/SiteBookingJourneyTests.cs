using Google.Type;
using Microsoft.Playwright;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceDefaults.Time;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.Testing;
using static Microsoft.Playwright.Assertions;

namespace PartySchoolNet.Platform.Tests.Portal;

/// <summary>Sites in the portal: 王家坝 finds a county classroom free at a time and books it; 阜南 approves it on its week calendar.</summary>
[Collection(PlatformTests.Name)]
public sealed class SiteBookingJourneyTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task A_township_books_a_free_county_classroom_and_the_county_approves_it_on_its_calendar()
    {
        var name = $"阜南县委党校第{Random.Shared.Next(1000, 9999)}教室";
        var identity = await platform.IdentityThroughGatewayAsync("fn.admin");
        var schools = (await identity.ListSchoolsAsync(new ListSchoolsRequest { PageSize = 100 })).Schools;
        var (county, wjb) = (schools.Single(s => s.Code == "fn"), schools.Single(s => s.Code == "wjb"));
        var sites = new SiteResourcesService.SiteResourcesServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("fn.admin")));
        var details = new SiteDetails
        {
            Name = name, Kind = SiteKind.Classroom, Address = "阜南县鹿城镇", Capacity = 60, BookableBy = SharingScope.County, ApprovalRequired = true,
            Location = new LatLng { Latitude = wjb.Location.Latitude, Longitude = wjb.Location.Longitude },
        };
        details.OpeningHours.AddRange(Enumerable.Range(1, 7).Select(d => new OpeningWindow { Weekday = d, Opens = "08:00", Closes = "18:00" }));
        await sites.RegisterSiteAsync(new RegisterSiteRequest { OwnerSchoolId = county.SchoolId, Details = details });
        var today = ChinaTime.Day(DateTimeOffset.UtcNow);
        var day = today.AddDays(9);

        var township = await browser.SignedInAsync(platform, "wjb.admin");
        await township.GetByRole(AriaRole.Link, new() { Name = "教学场地" }).ClickAsync();
        var search = township.GetByRole(AriaRole.Form, new() { Name = "查找场地" });
        await search.GetByLabel("类型").SelectOptionAsync(new SelectOptionValue { Label = "教室" });
        await search.GetByLabel("至少容纳（人）").FillAsync("50");
        await search.GetByLabel("日期").FillAsync(day.ToString("yyyy-MM-dd"));
        await search.GetByLabel("开始").FillAsync("14:00");
        await search.GetByLabel("结束").FillAsync("16:00");
        await search.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        var card = township.GetByRole(AriaRole.Listitem, new() { Name = name });
        await Expect(card).ToContainTextAsync("需所属学校审批");
        await card.GetByLabel("用途").FillAsync("村干部集中轮训");
        await card.GetByLabel("人数").FillAsync("45");
        await PortalBrowser.ShouldBeAccessibleAsync(township);
        await card.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(township.GetByRole(AriaRole.Status)).ToContainTextAsync($"已提交预约「{name}」，等待所属学校审批");

        var countyPage = await browser.SignedInAsync(platform, "fn.admin");
        await countyPage.GetByRole(AriaRole.Link, new() { Name = "预约日历" }).ClickAsync();
        var monday = (DateOnly d) => d.AddDays(1 - ChinaTime.Weekday(d));
        for (var week = 0; week < (monday(day).DayNumber - monday(today).DayNumber) / 7; week++)
        {
            await countyPage.GetByRole(AriaRole.Button, new() { Name = "下一周" }).ClickAsync();
        }
        var entry = countyPage.GetByRole(AriaRole.Region, new() { Name = $"{day.Month}月{day.Day}日", Exact = false })
            .GetByRole(AriaRole.Listitem, new() { Name = $"{name} 村干部集中轮训" });
        await Expect(entry).ToContainTextAsync("14:00–16:00");
        await Expect(entry).ToContainTextAsync("待审批");
        await countyPage.GetByLabel("只看待审批").CheckAsync();
        await Expect(countyPage.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "已确认" })).ToHaveCountAsync(0);
        await Expect(entry).ToContainTextAsync("待审批");
        await PortalBrowser.ScreenshotAsync(countyPage, "site-bookings-calendar", top: 700);
        await PortalBrowser.ShouldBeAccessibleAsync(countyPage);
        await entry.GetByRole(AriaRole.Button, new() { Name = "同意", Exact = true }).ClickAsync();
        await Expect(entry).ToContainTextAsync("已确认");
    }
}
