using System.Text;
using Microsoft.Playwright;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace PartySchoolNet.Platform.Tests.Portal;

/// <summary>A township school's daily work in the portal, in a real browser: its classes, a class page, the attendance sheet.</summary>
[Collection(PlatformTests.Name)]
public sealed class TownshipJourneyTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task A_class_manager_marks_attendance_on_a_desktop_and_the_marks_are_stored()
    {
        var training = await TownshipClass.StartAsync(platform, Unique("履职能力培训班"), "周建国", "孙秀兰");
        var page = await browser.SignedInAsync(platform, "wjb.classmanager");

        await page.GetByRole(AriaRole.Link, new() { Name = "培训班", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = training.Title }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "第一讲 基层治理" }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "周建国" }).GetByLabel("出勤").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "孙秀兰" }).GetByLabel("缺勤").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存考勤" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存 2 名学员的考勤");
        await PortalBrowser.ScreenshotAsync(page, "class-attendance-desktop");
        await PortalBrowser.ShouldBeAccessibleAsync(page);
        (await training.MarksAsync(platform, 0)).ShouldBe("周建国=Present, 孙秀兰=Absent");
    }

    [Fact]
    public async Task On_a_phone_a_class_manager_marks_everyone_present_and_corrects_one_to_leave()
    {
        var training = await TownshipClass.StartAsync(platform, Unique("党性教育专题班"), "王德胜", "李春梅", "赵志刚");
        var page = await browser.SignedInAsync(platform, "wjb.classmanager", phone: true);

        await PortalBrowser.GotoAsync(page, $"{platform.PublicUrl}classes/{training.ClassId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "第二讲 乡村振兴" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "全部出勤" }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "李春梅" }).GetByLabel("请假").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存考勤" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存 3 名学员的考勤");
        await PortalBrowser.ScreenshotAsync(page, "class-attendance-phone");
        await PortalBrowser.ShouldBeAccessibleAsync(page);
        (await training.MarksAsync(platform, 1)).ShouldBe("李春梅=Leave, 王德胜=Present, 赵志刚=Present");
    }

    [Fact]
    public async Task A_class_manager_records_an_observation_and_a_leave_the_approved_leave_marks_the_session()
    {
        var training = await TownshipClass.StartAsync(platform, Unique("村两委干部培训班"), "马金凤", "高振华");
        var page = await browser.SignedInAsync(platform, "wjb.classmanager");
        await PortalBrowser.GotoAsync(page, $"{platform.PublicUrl}classes/{training.ClassId}");

        await page.GetByRole(AriaRole.Button, new() { Name = "马金凤" }).ClickAsync();
        var trainee = page.GetByRole(AriaRole.Region, new() { Name = "马金凤" });
        await trainee.GetByLabel("考察方面").SelectOptionAsync(new SelectOptionValue { Label = "思想动态" });
        await trainee.GetByLabel("记录内容").FillAsync("认真");
        await trainee.GetByRole(AriaRole.Button, new() { Name = "保存记录" }).ClickAsync();
        await Expect(trainee.GetByLabel("记录内容")).ToHaveAccessibleDescriptionAsync("记录内容须为5至2000个字符");
        await trainee.GetByLabel("记录内容").FillAsync("课堂讨论积极发言，结合本村土地流转谈体会");
        await trainee.GetByRole(AriaRole.Button, new() { Name = "保存记录" }).ClickAsync();
        await Expect(trainee.GetByRole(AriaRole.List, new() { Name = "马金凤的纪实考察记录" })).ToContainTextAsync("结合本村土地流转谈体会");

        await trainee.GetByLabel("第二讲 乡村振兴").CheckAsync();
        await trainee.GetByLabel("请假事由").FillAsync("防汛值班");
        await trainee.GetByRole(AriaRole.Button, new() { Name = "提交请假" }).ClickAsync();
        var leave = page.GetByRole(AriaRole.Listitem, new() { Name = "马金凤的请假" });
        await Expect(leave.GetByTestId("leave-state")).ToHaveTextAsync("待审批");
        await PortalBrowser.ScreenshotAsync(page, "class-trainee-records");
        await PortalBrowser.ShouldBeAccessibleAsync(page);
        await leave.GetByRole(AriaRole.Button, new() { Name = "准假", Exact = true }).ClickAsync();

        await Expect(leave.GetByTestId("leave-state")).ToHaveTextAsync("已准假");
        (await training.MarksAsync(platform, 1)).ShouldBe("马金凤=Leave");
    }

    [Fact]
    public async Task Another_township_opening_the_address_of_a_wangjiaba_class_is_refused_in_Chinese()
    {
        var training = await TownshipClass.StartAsync(platform, Unique("邻镇不可见班"), "钱学文");
        var page = await browser.SignedInAsync(platform, await TownshipClass.OtherTownshipManagerAsync(platform));

        await page.GotoAsync($"{platform.PublicUrl}classes/{training.ClassId}");

        await Expect(page.GetByTestId("refusal")).ToBeVisibleAsync();
        (await page.GetByTestId("refusal").InnerTextAsync()).ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
        await Expect(page.GetByText(training.Title)).Not.ToBeVisibleAsync();
        await Expect(page.GetByText("钱学文")).Not.ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_roster_saved_by_Excel_in_GBK_with_two_bad_rows_is_refused_whole_naming_both_rows_then_imported_once_corrected()
    {
        var unit = Unique("大湾村");
        var page = await browser.SignedInAsync(platform, "wjb.admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "导入名册", Exact = true }).ClickAsync();
        await Expect(page.Locator("#roster-file")).ToBeEnabledAsync();

        await page.SetInputFilesAsync("#roster-file", Gbk("名册.csv", $"{unit},D1,陈立新,村两委成员,3,否\n{unit},D2,刘玉芳,村长,3,否\n{unit},D3,黄海涛,村两委成员,三年,否\n"));

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("第3行");
        var rows = page.GetByRole(AriaRole.List, new() { Name = "有误的行" }).GetByRole(AriaRole.Listitem);
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("第3行");
        await Expect(rows.Nth(0)).ToContainTextAsync("职级");
        await Expect(rows.Nth(1)).ToContainTextAsync("第4行");
        await Expect(rows.Nth(1)).ToContainTextAsync("任职年限");
        await PortalBrowser.ScreenshotAsync(page, "roster-import-refused");
        await PortalBrowser.ShouldBeAccessibleAsync(page);
        (await UnitsNamedAsync(unit)).ShouldBe(0);

        await page.SetInputFilesAsync("#roster-file", Gbk("名册（改正）.csv", $"{unit},D1,陈立新,村两委成员,3,否\n{unit},D2,刘玉芳,村两委成员,3,否\n{unit},D3,黄海涛,村两委成员,3,否\n"));

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("新增干部 3 人");
        (await UnitsNamedAsync(unit)).ShouldBe(1);
    }

    private static FilePayload Gbk(string name, string rows)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.GetEncoding("GB18030").GetBytes("单位,人员编号,姓名,职级,任职年限,是否领导\n" + rows) };
    }

    private async Task<int> UnitsNamedAsync(string unit)
    {
        var client = new EnrollmentService.EnrollmentServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("wjb.admin")));
        return (await client.ListUnitsAsync(new ListUnitsRequest { PageSize = 500 })).Units.Count(u => u.Name == unit);
    }

    private static string Unique(string title) => $"{title}{Random.Shared.Next(1000, 9999)}";
}
