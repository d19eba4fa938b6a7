using System.Globalization;
using Grpc.Core;
using Microsoft.Playwright;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace PartySchoolNet.Platform.Tests.Portal;

/// <summary>A county school's work with the faculty pool in the portal: matching with explained scores, and lending between counties.</summary>
[Collection(PlatformTests.Name)]
public sealed class CountyJourneyTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task A_county_dispatcher_matches_an_instructor_of_another_county_asks_to_borrow_them_and_that_county_approves()
    {
        var day = FreeWeekday();
        var fuNan = await browser.SignedInAsync(platform, "fn.dispatcher");
        await fuNan.GetByRole(AriaRole.Link, new() { Name = "匹配师资", Exact = true }).ClickAsync();
        await fuNan.GetByLabel("专题").SelectOptionAsync("乡村振兴");
        await fuNan.GetByLabel("日期").FillAsync(day.ToString("yyyy-MM-dd"));
        await fuNan.GetByLabel("授课地点").FillAsync("王家坝镇新时代文明实践所");
        await fuNan.GetByRole(AriaRole.Button, new() { Name = "匹配" }).ClickAsync();
        await fuNan.GetByLabel("需借调").CheckAsync();

        var candidates = fuNan.GetByRole(AriaRole.List, new() { Name = "候选教员" }).GetByRole(AriaRole.Listitem);
        await Expect(candidates.Filter(new() { HasText = "可直接安排" })).ToHaveCountAsync(0);

        // A teacher of another county (the city school's own teachers are lent by the city, not a county), held by name.
        var name = await candidates.Filter(new() { HasNotText = "市委党校" }).First.GetAttributeAsync("aria-label");
        var candidate = candidates.Filter(new() { Has = fuNan.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });
        await Expect(candidate.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row)).ToHaveCountAsync(6);
        await Expect(candidate).ToContainTextAsync("借调均衡");
        var instructorId = (await candidate.GetByRole(AriaRole.Link).First.GetAttributeAsync("href"))!.Split('/').Last();
        await PortalBrowser.ScreenshotAsync(fuNan, "faculty-matching", top: 1200);
        await PortalBrowser.ShouldBeAccessibleAsync(fuNan);

        await candidate.GetByRole(AriaRole.Button, new() { Name = "申请借调" }).ClickAsync();
        await candidate.GetByLabel("授课地点").FillAsync("");
        await candidate.GetByRole(AriaRole.Button, new() { Name = "提交借调申请" }).ClickAsync();
        await Expect(candidate.GetByLabel("授课地点")).ToHaveAccessibleDescriptionAsync("授课地点名称长度须为2至100个字符");
        await candidate.GetByLabel("授课地点").FillAsync("王家坝镇新时代文明实践所");
        await candidate.GetByRole(AriaRole.Textbox, new() { Name = "的说明" }).FillAsync("王家坝镇乡村振兴专题送教，请予支持");
        await candidate.GetByRole(AriaRole.Button, new() { Name = "提交借调申请" }).ClickAsync();
        await Expect(candidate.GetByRole(AriaRole.Status)).ToContainTextAsync("提交借调申请，等待对方审批");

        var lender = await browser.SignedInAsync(platform, await HomeDispatcherAsync(instructorId));
        var todo = lender.GetByRole(AriaRole.List, new() { Name = "待办事项" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "申请借用本校教员" });
        await Expect(todo).ToBeVisibleAsync();
        int.Parse(await todo.GetByTestId("todo-count").InnerTextAsync(), CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
        await todo.GetByRole(AriaRole.Link).ClickAsync();
        var request = lender.GetByRole(AriaRole.List, new() { Name = "收到的申请" }).GetByRole(AriaRole.Listitem)
            .Filter(new() { HasText = "王家坝镇乡村振兴专题送教，请予支持" }).Filter(new() { HasText = $"{day.Month}月{day.Day}日" });
        await Expect(request.GetByTestId("lending-status")).ToHaveTextAsync("待审批");
        await PortalBrowser.ScreenshotAsync(lender, "lending-incoming");
        await PortalBrowser.ShouldBeAccessibleAsync(lender);
        await request.GetByRole(AriaRole.Button, new() { Name = "同意借调" }).ClickAsync();
        await Expect(request.GetByTestId("lending-status")).ToHaveTextAsync("已同意");

        await fuNan.GetByRole(AriaRole.Link, new() { Name = "借调申请", Exact = true }).ClickAsync();
        await fuNan.GetByLabel("发出的申请").CheckAsync();
        await Expect(fuNan.GetByRole(AriaRole.List, new() { Name = "发出的申请" }).GetByRole(AriaRole.Listitem)
            .Filter(new() { HasText = "王家坝镇乡村振兴专题送教，请予支持" }).GetByTestId("lending-status")).ToHaveTextAsync("已同意");
        var pool = new FacultyPoolService.FacultyPoolServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("fn.dispatcher")));
        var sent = (await pool.ListLendingRequestsAsync(new ListLendingRequestsRequest
        {
            Direction = ListLendingRequestsRequest.Types.Direction.Outgoing, PageSize = 200,
        })).LendingRequests.Single(l => l.InstructorId == instructorId && l.Note == "王家坝镇乡村振兴专题送教，请予支持");
        sent.Status.ShouldBe(LendingStatus.Approved);
        (await pool.GetAssignmentAsync(new GetAssignmentRequest { AssignmentId = sent.AssignmentId })).Status.ShouldBe(AssignmentStatus.Active);
    }

    /// <summary>A weekday two to three months ahead, different each run, so the instructor is free and no earlier run's request is seen.</summary>
    private static DateOnly FreeWeekday()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(Random.Shared.Next(60, 90));
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }
        return day;
    }

    /// <summary>A dispatcher at the instructor's home county (the demo network has accounts only at 阜南), made once by the city.</summary>
    private async Task<string> HomeDispatcherAsync(string instructorId)
    {
        var city = await platform.IdentityThroughGatewayAsync("fy.admin");
        var pool = new FacultyPoolService.FacultyPoolServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("fy.admin")));
        var home = await city.GetSchoolAsync(new GetSchoolRequest
        {
            SchoolId = (await pool.GetInstructorAsync(new GetInstructorRequest { InstructorId = instructorId })).HomeSchoolId,
        });
        home.Tier.ShouldBe(SchoolTier.County);
        var userName = $"{home.Code}.dispatcher";
        try
        {
            await city.CreateAccountAsync(new CreateAccountRequest
            {
                UserName = userName, DisplayName = $"{home.Name}调度员", Password = Tokens.DemoPassword, SchoolId = home.SchoolId, Roles = { Roles.Dispatcher },
            });
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.AlreadyExists)
        {
        }
        return userName;
    }
}
