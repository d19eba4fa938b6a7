using Microsoft.Playwright;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Testing;
using static Microsoft.Playwright.Assertions;

namespace PartySchoolNet.Platform.Tests.Portal;

/// <summary>学时统计 in the portal: a school reads its units' credit hours for the year, the units short of their requirement marked.</summary>
[Collection(PlatformTests.Name)]
public sealed class CreditHoursJourneyTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task A_township_admin_reads_its_units_credit_hours_and_a_unit_whose_cadres_earned_six_of_thirty_two_hours_is_marked_short()
    {
        var lastDay = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-3);
        var training = await TownshipClass.StartAsync(platform, $"学时统计班{Random.Shared.Next(1000, 9999)}", "", ["钱学文", "孙建华"], lastDay);
        await training.CompleteAsync(platform);
        var unit = $"西田坡村{training.Title}";
        var reports = new ReportingService.ReportingServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("wjb.admin")));
        await Eventually.Until(() => reports.GetCoverageAsync(new GetCoverageRequest { PageSize = 1 }).ResponseAsync,
            c => c.Units.Any(u => u.UnitName == unit && u.Figures.EarnedHours > 0), TimeSpan.FromSeconds(90), "the class's hours in the coverage report");
        var page = await browser.SignedInAsync(platform, "wjb.admin");

        await page.GetByRole(AriaRole.Link, new() { Name = "学时统计" }).ClickAsync();

        var row = page.GetByRole(AriaRole.Table, new() { Name = "本校各单位" }).GetByRole(AriaRole.Row).Filter(new() { HasText = unit });
        await Expect(row).ToContainTextAsync("2 人未达标");
        await Expect(row.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("12");
        await Expect(page.GetByTestId("coverage-total")).ToContainTextAsync("在册干部");
        await Expect(page.GetByTestId("coverage-total")).Not.ToContainTextAsync("（1%）");
        await PortalBrowser.ScreenshotAsync(page, "credit-hours", top: 900);
        await PortalBrowser.ShouldBeAccessibleAsync(page);
    }
}
