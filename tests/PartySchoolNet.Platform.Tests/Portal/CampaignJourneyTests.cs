using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace PartySchoolNet.Platform.Tests.Portal;

/// <summary>
/// A quality evaluation campaign through the portal: the city creates it over 王家坝 and assigns its evaluation expert,
/// 王家坝 self-assesses with a PDF, the expert scores beside the school's claims and evidence (failing one point), the city
/// finalizes and reads the ranking and the grade chart; 王家坝 reports on the point's rectification and the city closes it.
/// </summary>
[Collection(PlatformTests.Name)]
public sealed partial class CampaignJourneyTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    private static readonly byte[] Pdf = "%PDF-1.7\n党委任职文件"u8.ToArray();

    [Fact]
    public async Task The_city_runs_a_campaign_from_creation_to_its_ranking_grade_chart_and_closed_rectification()
    {
        var name = $"2026年度王家坝党校“六个有”评估{Random.Shared.Next(1000, 9999)}";
        var city = await browser.SignedInAsync(platform, "fy.admin");
        await city.GetByRole(AriaRole.Link, new() { Name = "质量评估" }).ClickAsync();
        await city.GetByRole(AriaRole.Link, new() { Name = "新建评估批次" }).ClickAsync();
        var form = city.GetByRole(AriaRole.Form, new() { Name = "评估批次" });
        await form.GetByLabel("批次名称").FillAsync(name);
        await form.GetByLabel("指标体系").SelectOptionAsync(new SelectOptionValue { Label = "乡镇（街道）党校“六个有”建设评估指标体系（第1版，乡镇党校）" });
        await form.GetByLabel("选定学校").CheckAsync();
        await form.GetByLabel("所在县（市、区）").SelectOptionAsync(new SelectOptionValue { Label = "中共阜南县委党校" });
        await form.GetByLabel("王家坝镇党校").CheckAsync();
        await PortalBrowser.ShouldBeAccessibleAsync(city);
        await form.GetByRole(AriaRole.Button, new() { Name = "创建（筹备阶段）" }).ClickAsync();

        await Expect(city.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
        var experts = city.GetByRole(AriaRole.Group, new() { Name = "评估专家" });
        await experts.GetByRole(AriaRole.Checkbox, new() { NameRegex = CityExpert() }).CheckAsync();
        await city.GetByRole(AriaRole.Button, new() { Name = "分配" }).ClickAsync();
        var progress = city.GetByRole(AriaRole.Table, new() { Name = "各校进度" });
        await Expect(progress).ToContainTextAsync("1 位专家");
        await city.GetByRole(AriaRole.Button, new() { Name = "开始自评" }).ClickAsync();
        await Expect(city.Locator("h1 .state")).ToHaveTextAsync("自评");
        await PortalBrowser.ShouldBeAccessibleAsync(city);

        var school = await browser.SignedInAsync(platform, "wjb.admin");
        await OpenCampaignAsync(school, name);
        await school.GetByRole(AriaRole.Link, new() { Name = "填报自评" }).ClickAsync();
        await FillEveryLeafAsync(school, "自评");
        await school.GetByRole(AriaRole.Textbox, new() { Name = "说明" }).First.FillAsync("校长由党委书记兼任，任职文件见附件");
        await school.Locator("li.leaf").First.Locator("input[type=file]")
            .SetInputFilesAsync(new FilePayload { Name = "党委任职文件.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await Expect(school.GetByRole(AriaRole.Status)).ToContainTextAsync("已上传「党委任职文件.pdf」");
        await PortalBrowser.ShouldBeAccessibleAsync(school);
        await school.GetByRole(AriaRole.Button, new() { Name = "提交自评" }).ClickAsync();
        await Expect(school.GetByRole(AriaRole.Status)).ToContainTextAsync("自评已提交");

        await city.ReloadAsync();
        await PortalBrowser.UntilLiveAsync(city);
        await Expect(progress).ToContainTextAsync("已提交");
        await city.GetByRole(AriaRole.Button, new() { Name = "截止自评，开始专家评审" }).ClickAsync();
        await Expect(city.Locator("h1 .state")).ToHaveTextAsync("专家评审");

        var expert = await browser.SignedInAsync(platform, "fy.evaluator");
        await OpenCampaignAsync(expert, name);
        await expert.GetByRole(AriaRole.Link, new() { Name = "评分" }).ClickAsync();
        var evidence = await expert.RunAndWaitForDownloadAsync(() => expert.GetByRole(AriaRole.Button, new() { Name = "党委任职文件.pdf" }).ClickAsync());
        evidence.SuggestedFilename.ShouldBe("党委任职文件.pdf");
        (await File.ReadAllBytesAsync(await evidence.PathAsync())).ShouldBe(Pdf);
        await FillEveryLeafAsync(expert, "评分");
        await expert.GetByLabel("1.1.1 评分").SelectOptionAsync(new SelectOptionValue { Label = "不达标" });
        await PortalBrowser.ScreenshotAsync(expert, "campaign-scoring-sheet", top: 1100);
        await PortalBrowser.ShouldBeAccessibleAsync(expert);
        await expert.GetByRole(AriaRole.Button, new() { Name = "保存评分" }).ClickAsync();
        await Expect(expert.GetByRole(AriaRole.Status)).ToContainTextAsync("本校已全部评完");

        await city.ReloadAsync();
        await PortalBrowser.UntilLiveAsync(city);
        await city.GetByRole(AriaRole.Button, new() { Name = "汇总评分，公布结果" }).ClickAsync();
        await Expect(city.Locator("h1 .state")).ToHaveTextAsync("结果公布");
        await city.GetByRole(AriaRole.Link, new() { NameRegex = ResultsLink() }).ClickAsync();
        var ranking = city.GetByRole(AriaRole.Table, new() { Name = "排名" });
        await Expect(ranking.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("王家坝镇党校");
        await Expect(ranking.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("95");
        await Expect(ranking.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("优秀");
        await Expect(city.GetByTestId("grade-summary")).ToHaveTextAsync("等级分布：优秀1所，良好0所，合格0所，不合格0所");
        await Expect(city.GetByRole(AriaRole.Img, new() { Name = "等级分布：优秀1所，良好0所，合格0所，不合格0所" }).Locator("svg")).ToBeVisibleAsync();
        await PortalBrowser.ScreenshotAsync(city, "campaign-results");
        await PortalBrowser.ShouldBeAccessibleAsync(city);

        await OpenCampaignAsync(school, name);
        await school.GetByRole(AriaRole.Link, new() { NameRegex = ResultsLink() }).ClickAsync();
        await school.GetByRole(AriaRole.Link, new() { Name = "本批次整改事项" }).ClickAsync();
        var item = school.GetByRole(AriaRole.Listitem, new() { Name = "王家坝镇党校 1.1.1" });
        await item.GetByLabel("整改情况").FillAsync("已由镇党委下发任职文件，校长、副校长全部到岗");
        await item.GetByRole(AriaRole.Button, new() { Name = "报送整改情况" }).ClickAsync();
        await Expect(item.Locator(".state")).ToHaveTextAsync("已报送待验收");
        await PortalBrowser.ShouldBeAccessibleAsync(school);

        await city.GetByRole(AriaRole.Link, new() { Name = "本批次整改事项" }).ClickAsync();
        await city.GetByLabel("已报送待验收").CheckAsync();
        var reported = city.GetByRole(AriaRole.Listitem, new() { Name = "王家坝镇党校 1.1.1" });
        await Expect(reported).ToContainTextAsync("已由镇党委下发任职文件");
        await reported.GetByRole(AriaRole.Button, new() { Name = "验收销号" }).ClickAsync();
        await Expect(reported.Locator(".state")).ToHaveTextAsync("已销号");
    }

    private static async Task OpenCampaignAsync(IPage page, string name)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "质量评估" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        await PortalBrowser.ShouldBeAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
    }

    /// <summary>Full marks on every observation point: its highest number, or 达标.</summary>
    private static async Task FillEveryLeafAsync(IPage page, string what)
    {
        var inputs = page.GetByLabel(new Regex($" {what}$"));
        await Expect(inputs.First).ToBeVisibleAsync();
        foreach (var input in await inputs.AllAsync())
        {
            if (await input.EvaluateAsync<string>("e => e.tagName") == "SELECT")
            {
                await input.SelectOptionAsync(new SelectOptionValue { Label = "达标" });
            }
            else
            {
                await input.FillAsync(await input.GetAttributeAsync("max") ?? "0");
                await input.BlurAsync();
            }
        }
    }

    [GeneratedRegex("党校评估专家$")]
    private static partial Regex CityExpert();

    [GeneratedRegex("^查看评估结果")]
    private static partial Regex ResultsLink();
}
