using Microsoft.Playwright;
using MiniExcelLibs;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace PartySchoolNet.Platform.Tests.Portal;

/// <summary>统计报表 in the portal: a county reads its training volume as a chart and a table and downloads it as a workbook.</summary>
[Collection(PlatformTests.Name)]
public sealed class ReportsJourneyTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task A_county_reads_its_training_volume_and_downloads_a_workbook_whose_sheet_has_the_report_header()
    {
        var lastDay = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-2);
        var training = await TownshipClass.StartAsync(platform, $"报表培训班{Random.Shared.Next(1000, 9999)}", "", ["周文斌"], lastDay);
        await training.CompleteAsync(platform);
        var reports = new ReportingService.ReportingServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("fn.admin")));
        var volume = await Eventually.Until(() => reports.GetTrainingVolumeAsync(new GetTrainingVolumeRequest { GroupBy = { VolumeDimension.School } }).ResponseAsync,
            v => v.Rows.Any(r => r.SchoolName == "王家坝镇党校" && r.Figures.Classes > 0), TimeSpan.FromSeconds(90), "the class in the county's training volume");
        var page = await browser.SignedInAsync(platform, "fn.admin");

        await page.GetByRole(AriaRole.Link, new() { Name = "统计报表" }).ClickAsync();

        var table = page.GetByRole(AriaRole.Table, new() { Name = "各校培训量" });
        await Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "王家坝镇党校" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("report-total")).ToContainTextAsync($"培训 {volume.Total.TraineeTimes} 人次");
        await Expect(page.GetByRole(AriaRole.Img).First.Locator("svg")).ToBeVisibleAsync();
        await PortalBrowser.ScreenshotAsync(page, "reports-training-volume", top: 900);
        await PortalBrowser.ShouldBeAccessibleAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "导出 Excel" }).ClickAsync());
        download.SuggestedFilename.ShouldStartWith("培训规模_");
        await using var workbook = new MemoryStream(await File.ReadAllBytesAsync(await download.PathAsync()));
        workbook.GetSheetNames().ShouldBe(["培训量", "合计"]);
        var header = (IDictionary<string, object>)workbook.Query(useHeaderRow: false, sheetName: "培训量").First();
        header.Values.ShouldBe(["学校", "层级", "月份", "培训类别", "培训方式", "班次", "场次", "培训人次", "学时"]);
        var rows = workbook.Query(useHeaderRow: true, sheetName: "培训量").Cast<IDictionary<string, object>>().ToList();
        rows.ShouldContain(r => (string)r["学校"] == "王家坝镇党校");
    }
}
