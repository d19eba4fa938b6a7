using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace PartySchoolNet.Platform.Tests.Portal;

/// <summary>A trainee, who has no account, gives a completed class's feedback in the portal from the code the class manager handed out.</summary>
[Collection(PlatformTests.Name)]
public sealed class TraineeFeedbackJourneyTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task A_class_manager_hands_out_codes_a_trainee_answers_on_a_phone_without_signing_in_and_the_class_page_counts_it()
    {
        var training = await TownshipClass.StartAsync(platform, $"乡村振兴专题班{Random.Shared.Next(1000, 9999)}", "刘春华", "陈志强");
        await training.CompleteAsync(platform);
        var codes = await training.FeedbackCodesAsync(platform);
        var manager = await browser.SignedInAsync(platform, "wjb.classmanager");
        await PortalBrowser.GotoAsync(manager, $"{platform.PublicUrl}classes/{training.ClassId}");
        var slips = manager.GetByRole(AriaRole.List, new() { Name = "反馈码" });
        await Expect(slips.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        var code = await slips.Locator(".code").First.TextContentAsync() ?? "";
        await Expect(slips.GetByRole(AriaRole.Img, new() { Name = $"反馈码 {code} 的二维码" })).ToBeVisibleAsync();
        var page = await browser.NewPageAsync(phone: true);

        await page.GotoAsync($"{platform.PublicUrl}feedback");
        await page.GetByLabel("反馈码").FillAsync(code.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "开始评估" }).ClickAsync();
        await Satisfied(page, "对本期培训的总体满意度", "很满意");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交评估" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("请按标红题目下的提示");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "培训组织管理（教学安排、班级管理、后勤服务）（必答）" })).ToContainTextAsync("此题必答");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "对本期培训的总体满意度（必答）" }).GetByLabel("很满意", new() { Exact = true })).ToBeCheckedAsync();
        await Satisfied(page, "培训组织管理", "满意");
        await Satisfied(page, "培训内容与工作实际的针对性", "很满意");
        foreach (var session in await page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^授课质量") }).AllAsync())
        {
            await session.GetByLabel("很满意", new() { Exact = true }).CheckAsync();
        }
        await page.GetByLabel("履职能力").CheckAsync();
        await page.GetByLabel("意见和建议").FillAsync("希望多安排现场教学");
        await PortalBrowser.ScreenshotAsync(page, "trainee-feedback-phone");
        await PortalBrowser.ShouldBeAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交评估" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("提交成功");
        var desk = new TeachingFeedbackService.TeachingFeedbackServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("wjb.admin")));
        var results = await desk.GetFeedbackResultsAsync(new GetFeedbackResultsRequest { ClassId = training.ClassId });
        results.Responses.ShouldBe(1);
        results.Questions.Single(q => q.QuestionKey == "suggestions").Texts.ShouldBe(["希望多安排现场教学"]);
        codes.ShouldContain(code);
        await PortalBrowser.GotoAsync(manager, $"{platform.PublicUrl}classes/{training.ClassId}");
        await Expect(manager.GetByTestId("feedback-responses")).ToHaveTextAsync("1 / 2 份（50%）");
        await Expect(manager.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "希望多安排现场教学" })).ToBeVisibleAsync();
        await PortalBrowser.ScreenshotAsync(manager, "class-feedback-codes");
        await PortalBrowser.ShouldBeAccessibleAsync(manager);
        await page.GotoAsync($"{platform.PublicUrl}feedback?code={code}");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("该反馈码已提交过评估");
    }

    [Fact]
    public async Task The_code_page_is_readable_and_an_unknown_code_is_refused_in_chinese()
    {
        var page = await browser.NewPageAsync(phone: true);

        await page.GotoAsync($"{platform.PublicUrl}feedback?code=ZZZZ-ZZZZ");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("反馈码不存在");
        await PortalBrowser.ScreenshotAsync(page, "trainee-feedback-code");
        await PortalBrowser.ShouldBeAccessibleAsync(page);
    }

    private static Task Satisfied(IPage page, string question, string answer) =>
        page.GetByRole(AriaRole.Group, new() { Name = question, Exact = false }).First.GetByLabel(answer, new() { Exact = true }).CheckAsync();
}
