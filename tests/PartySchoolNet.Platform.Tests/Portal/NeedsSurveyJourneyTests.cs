using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PartySchoolNet.Platform.Tests.Portal;

/// <summary>培训需求调研 in the portal: a county drafts a survey, a cadre answers it by code on a phone without an account, the county reads the tallies.</summary>
[Collection(PlatformTests.Name)]
public sealed class NeedsSurveyJourneyTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task A_county_drafts_a_survey_a_cadre_answers_it_by_code_on_a_phone_and_the_tallies_count_the_answer_by_group()
    {
        var title = $"2027年村干部培训需求调研{Random.Shared.Next(1000, 9999)}";
        var county = await browser.SignedInAsync(platform, "fn.admin");
        await county.GetByRole(AriaRole.Link, new() { Name = "需求调研" }).ClickAsync();
        await county.GetByRole(AriaRole.Button, new() { Name = "新建调研" }).ClickAsync();
        var draft = county.GetByRole(AriaRole.Region, new() { Name = "新建调研" });
        await draft.GetByRole(AriaRole.Button, new() { Name = "创建并生成问卷码" }).ClickAsync();
        await Expect(draft.GetByRole(AriaRole.Alert)).ToContainTextAsync("未能创建");
        await draft.GetByLabel("调研名称").FillAsync(title);
        await draft.GetByLabel("发放份数").FillAsync("3");
        await draft.GetByLabel("调研对象类别（每行一类，可不填）").FillAsync("村级党组织负责人\n乡镇机关干部");
        await draft.GetByLabel("题目").FillAsync("您最希望培训哪些内容");
        await draft.GetByLabel("题型").SelectOptionAsync(new SelectOptionValue { Label = "多选" });
        await draft.GetByLabel("选项（每行一项）").FillAsync("政策理论\n实用技术\n法律法规");
        await PortalBrowser.ShouldBeAccessibleAsync(county);
        await draft.GetByRole(AriaRole.Button, new() { Name = "创建并生成问卷码" }).ClickAsync();
        await Expect(county.GetByTestId("survey-responses")).ToHaveTextAsync("0 / 3 份（0%）");
        await county.GetByRole(AriaRole.Button, new() { Name = "显示问卷码（3 个）" }).ClickAsync();
        var code = await county.GetByRole(AriaRole.List, new() { Name = "问卷码" }).Locator(".code").First.TextContentAsync() ?? "";

        var cadre = await browser.NewPageAsync(phone: true);
        await cadre.GotoAsync($"{platform.PublicUrl}survey?code={code}");
        await cadre.GetByLabel("村级党组织负责人").CheckAsync();
        await cadre.GetByLabel("实用技术").CheckAsync();
        await PortalBrowser.ScreenshotAsync(cadre, "needs-survey-phone");
        await PortalBrowser.ShouldBeAccessibleAsync(cadre);
        await cadre.GetByRole(AriaRole.Button, new() { Name = "提交问卷" }).ClickAsync();
        await Expect(cadre.GetByRole(AriaRole.Status)).ToContainTextAsync("提交成功");

        await PortalBrowser.GotoAsync(county, $"{platform.PublicUrl}surveys");
        await county.GetByRole(AriaRole.Button, new() { Name = title }).ClickAsync();
        await Expect(county.GetByTestId("survey-responses")).ToHaveTextAsync("1 / 3 份（33.3%）");
        await Expect(county.GetByRole(AriaRole.Table, new() { Name = "全体（1份）" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "您最希望培训哪些内容" }))
            .ToContainTextAsync("实用技术 1人（100%）");
        await county.GetByText("村级党组织负责人（1 份）").ClickAsync();
        await Expect(county.GetByRole(AriaRole.Table, new() { Name = "村级党组织负责人（1份）" })).ToContainTextAsync("实用技术 1人（100%）");
        await PortalBrowser.ScreenshotAsync(county, "needs-survey-tallies", top: 1000);
        await PortalBrowser.ShouldBeAccessibleAsync(county);
    }
}
