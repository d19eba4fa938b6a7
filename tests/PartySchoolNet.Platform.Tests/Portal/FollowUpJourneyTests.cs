using Microsoft.Playwright;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace PartySchoolNet.Platform.Tests.Portal;

/// <summary>跟踪问效 in the portal: the township that sent a trainee records the follow-up once due; its county reads the completion rates.</summary>
[Collection(PlatformTests.Name)]
public sealed class FollowUpJourneyTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task A_township_class_manager_records_a_due_follow_up_after_being_told_what_is_missing_and_the_county_sees_the_rate()
    {
        var lastDay = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-40);
        var training = await TownshipClass.StartAsync(platform, $"跟踪问效班{Random.Shared.Next(1000, 9999)}", "", ["韩立新"], lastDay);
        await training.CompleteAsync(platform);
        var followUps = new FollowUpService.FollowUpServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("wjb.admin")));
        await Eventually.Until(() => followUps.ListFollowUpsAsync(new ListFollowUpsRequest { ClassId = training.ClassId }).ResponseAsync,
            l => l.TotalCount == 4, TimeSpan.FromSeconds(60), "the trainee's four follow-ups");
        var page = await browser.SignedInAsync(platform, "wjb.classmanager");

        await page.GetByRole(AriaRole.Link, new() { Name = "跟踪问效" }).ClickAsync();
        var card = page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = training.Title });
        await card.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(card).ToContainTextAsync("评价须为1至5分");
        await card.GetByLabel("较好", new() { Exact = true }).CheckAsync();
        await card.GetByLabel("情况记录").FillAsync("谈心谈话：训后主动学习，思想认识明显提高");
        await card.GetByLabel("导师帮带（如有）").FillAsync("张书记");
        await card.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Expect(card.GetByRole(AriaRole.Status)).ToHaveTextAsync("已记录");
        await Expect(card).ToContainTextAsync("导师帮带：张书记");
        await PortalBrowser.ScreenshotAsync(page, "follow-ups", top: 900);
        await PortalBrowser.ShouldBeAccessibleAsync(page);
        var done = await followUps.ListFollowUpsAsync(new ListFollowUpsRequest { ClassId = training.ClassId, State = FollowUpState.Done });
        done.FollowUps.Single().Rating.ShouldBe(4);
        done.FollowUps.Single().StageLabel.ShouldBe("一个月听思想");
        var county = await browser.SignedInAsync(platform, "fn.admin");
        await PortalBrowser.GotoAsync(county, $"{platform.PublicUrl}follow-ups");
        await Expect(county.GetByRole(AriaRole.Row).Filter(new() { HasText = "王家坝镇党校" })).ToBeVisibleAsync();
        await PortalBrowser.ShouldBeAccessibleAsync(county);
    }
}
