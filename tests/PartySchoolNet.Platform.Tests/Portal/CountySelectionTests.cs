using System.Globalization;
using Microsoft.Playwright;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace PartySchoolNet.Platform.Tests.Portal;

/// <summary>A county school's 三步走 in the portal: a class with criteria and a unit quota, the unit's nominations, confirmation and the waitlist.</summary>
[Collection(PlatformTests.Name)]
public sealed class CountySelectionTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task A_county_admin_creates_a_class_for_deputies_nominates_a_unit_and_the_second_confirmed_waits_behind_the_quota()
    {
        var (unitId, bureau) = await BureauAsync(("张晓东", "乡科级副职"), ("刘文静", "乡科级副职"), ("陈国平", "一般干部"));
        var title = $"乡科级副职履职能力提升班{Random.Shared.Next(1000, 9999)}";
        var page = await browser.SignedInAsync(platform, "fn.admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "培训班", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "新建培训班" }).ClickAsync();
        await PortalBrowser.UntilLiveAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "保存为草稿" }).ClickAsync();
        await Expect(page.GetByLabel("班次名称")).ToHaveAccessibleDescriptionAsync("班次名称长度须为2至100个字符");
        await page.GetByLabel("班次名称").FillAsync(title);
        await page.GetByLabel("容量（人）").FillAsync("5");
        await page.GetByLabel("乡科级副职", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "添加单位名额" }).ClickAsync();
        var quota = page.GetByRole(AriaRole.Group, new() { Name = "第1个单位名额" });
        await quota.GetByRole(AriaRole.Combobox).SelectOptionAsync(unitId);
        await quota.GetByRole(AriaRole.Spinbutton).FillAsync("1");
        await PortalBrowser.ScreenshotAsync(page, "class-new");
        await PortalBrowser.ShouldBeAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为草稿" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "发布报名" }).ClickAsync();
        var nominate = page.GetByRole(AriaRole.Form, new() { Name = "单位推荐" });
        await nominate.GetByRole(AriaRole.Combobox).SelectOptionAsync(unitId);
        foreach (var name in new[] { "张晓东", "刘文静", "陈国平" })
        {
            await nominate.GetByLabel(name).CheckAsync();
        }
        await nominate.GetByRole(AriaRole.Button, new() { Name = "推荐所选干部" }).ClickAsync();
        await Expect(nominate.GetByLabel("陈国平")).ToHaveAccessibleDescriptionAsync("陈国平的职级为一般干部，本班次面向乡科级副职");
        await nominate.GetByLabel("陈国平").UncheckAsync();
        await nominate.GetByRole(AriaRole.Button, new() { Name = "推荐所选干部" }).ClickAsync();
        await Expect(nominate.GetByRole(AriaRole.Status)).ToHaveTextAsync("已推荐 2 人，待确认");

        var names = page.GetByRole(AriaRole.List, new() { Name = "推荐名单" });
        await names.GetByRole(AriaRole.Listitem, new() { Name = "张晓东" }).GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await Expect(names.GetByRole(AriaRole.Listitem, new() { Name = "张晓东" }).GetByTestId("enrollment-status")).ToHaveTextAsync("已确认");
        await names.GetByRole(AriaRole.Listitem, new() { Name = "刘文静" }).GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await Expect(names.GetByRole(AriaRole.Listitem, new() { Name = "刘文静" }).GetByTestId("enrollment-status")).ToHaveTextAsync("候补第1位");
        await PortalBrowser.ScreenshotAsync(page, "class-selection");
        await PortalBrowser.ShouldBeAccessibleAsync(page);

        var stored = await bureau.ListEnrollmentsAsync(new ListEnrollmentsRequest { ClassId = page.Url.Split('/').Last(), PageSize = 50 });
        string.Join(", ", stored.Enrollments.Select(e => $"{e.CadreName}={e.Status}").Order(StringComparer.Ordinal))
            .ShouldBe("刘文静=Waitlisted, 张晓东=Confirmed");
    }

    /// <summary>A 阜南 bureau with these cadres, imported through the API as the organisation department's roster would be.</summary>
    private async Task<(string UnitId, EnrollmentService.EnrollmentServiceClient Client)> BureauAsync(params (string Name, string Level)[] cadres)
    {
        var client = new EnrollmentService.EnrollmentServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("fn.admin")));
        var me = await (await platform.IdentityThroughGatewayAsync("fn.admin")).WhoAmIAsync(new Identity.Contracts.WhoAmIRequest());
        var (unit, prefix) = ($"阜南县农业农村局{Random.Shared.Next(1000, 9999)}", $"N{Random.Shared.Next(100_000, 999_999)}");
        var csv = "单位,人员编号,姓名,职级,任职年限,是否领导\n" + string.Concat(cadres.Select((c, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{unit},{prefix}-{i},{c.Name},{c.Level},5,否\n")));
        await client.ImportRosterAsync(new ImportRosterRequest { SchoolId = me.SchoolId, Csv = csv });
        var units = await client.ListUnitsAsync(new ListUnitsRequest { SchoolId = me.SchoolId, PageSize = 500 });
        return (units.Units.Single(u => u.Name == unit).UnitId, client);
    }
}
