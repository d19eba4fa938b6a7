using System.Globalization;
using Microsoft.Playwright;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Platform.Tests.Outreach;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace PartySchoolNet.Platform.Tests.Portal;

/// <summary>送教下基层 in the portal: 王家坝 asks on its form, 阜南's dispatcher approves it on the board with one of the explained matches.</summary>
[Collection(PlatformTests.Name)]
public sealed class OutreachJourneyTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    private readonly OutreachWorld _world = new(platform);

    [Fact]
    public async Task A_township_requests_outreach_on_its_form_and_the_county_approves_it_from_the_board_with_an_explained_match()
    {
        await _world.AllDayInstructorsAsync("fn", "看板送教教师", 1);
        var title = $"村级组织规范化建设专题辅导{Random.Shared.Next(1000, 9999)}";
        // A Sunday evening three weeks on: outside the demo instructors' hours, inside the all-day instructor's.
        var day = OutreachWorld.MorningInWeeks(3).AddDays(5);
        var township = await browser.SignedInAsync(platform, "wjb.admin");

        await township.GetByRole(AriaRole.Link, new() { Name = "送教下基层" }).ClickAsync();
        await township.GetByRole(AriaRole.Button, new() { Name = "申请送教" }).ClickAsync();
        var form = township.GetByRole(AriaRole.Form, new() { Name = "申请送教" });
        await form.GetByLabel("专题").SelectOptionAsync(new SelectOptionValue { Label = OutreachWorld.Topic });
        await form.GetByLabel("课程名称（可不填）").FillAsync(title);
        await form.GetByLabel("听课人数").FillAsync("35");
        await form.GetByLabel("日期").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.GetByLabel("开始").FillAsync("21:00");
        await form.GetByLabel("结束").FillAsync("22:30");
        await form.GetByLabel("其他地点（如村党群服务中心）").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("申请未提交");
        await form.GetByLabel("地点名称").FillAsync("王家坝村党群服务中心");
        await PortalBrowser.ShouldBeAccessibleAsync(township);
        await form.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Expect(township.GetByRole(AriaRole.Status)).ToContainTextAsync(title);
        await Expect(township.GetByRole(AriaRole.Listitem, new() { Name = title })).ToContainTextAsync("待审批");

        var county = await browser.SignedInAsync(platform, "fn.dispatcher");
        await county.GetByRole(AriaRole.Link, new() { Name = "送教下基层" }).ClickAsync();
        var card = county.GetByRole(AriaRole.Listitem, new() { Name = title });
        await card.GetByRole(AriaRole.Button, new() { Name = "审批" }).ClickAsync();
        // One of the county's own: another county's would wait for its lending decision.
        var chosen = card.GetByRole(AriaRole.List, new() { Name = "候选教员" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "可直接安排" }).First;
        await Expect(chosen.GetByRole(AriaRole.Table)).ToContainTextAsync("专题契合");
        var name = await chosen.GetAttributeAsync("aria-label") ?? "";
        var instructorId = (await chosen.GetByRole(AriaRole.Link, new() { Name = name }).GetAttributeAsync("href") ?? "").Split('/')[^1];
        await PortalBrowser.ScreenshotAsync(county, "outreach-dispatch-board", top: 1200);
        await PortalBrowser.ShouldBeAccessibleAsync(county);
        await chosen.GetByRole(AriaRole.Button, new() { Name = $"选派{name}并批准" }).ClickAsync();

        await Expect(card.Locator(".state")).Not.ToHaveTextAsync("待审批");
        var dispatcher = await _world.OutreachAsync("fn.dispatcher");
        var id = (await dispatcher.ListOutreachRequestsAsync(new ListOutreachRequestsRequest { PageSize = 200 })).OutreachRequests.Single(r => r.Details.Title == title).OutreachRequestId;
        var settled = await OutreachWorld.SettledAsync(dispatcher, id, TimeSpan.FromSeconds(90));
        settled.Status.ShouldBe(OutreachStatus.Scheduled, settled.Reason);
        settled.InstructorId.ShouldBe(instructorId);
        settled.PlaceName.ShouldBe("王家坝村党群服务中心");
    }
}
