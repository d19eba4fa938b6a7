using Microsoft.Playwright;
using PartySchoolNet.Testing;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace PartySchoolNet.Platform.Tests.Portal;

/// <summary>The city's own pages: the school network, the indicator systems, the topic list and an integrator's credentials shown once.</summary>
[Collection(PlatformTests.Name)]
public sealed class CityAdministrationJourneyTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task The_city_reads_its_network_and_indicators_adds_a_topic_and_registers_an_integrator_whose_secret_works()
    {
        var city = await browser.SignedInAsync(platform, "fy.admin");

        await city.GetByRole(AriaRole.Link, new() { Name = "学校网络" }).ClickAsync();
        await city.GetByText("中共阜南县委党校").ClickAsync();
        await Expect(city.GetByRole(AriaRole.List, new() { Name = "学校网络" })).ToContainTextAsync("王家坝镇党校");
        await PortalBrowser.ShouldBeAccessibleAsync(city);

        await city.GetByRole(AriaRole.Link, new() { Name = "指标体系" }).ClickAsync();
        var systems = city.GetByRole(AriaRole.Table, new() { Name = "指标体系及版本" });
        await systems.GetByRole(AriaRole.Row).Filter(new() { HasText = "乡镇（街道）党校“六个有”建设评估指标体系" }).First
            .GetByRole(AriaRole.Button, new() { Name = "查看指标" }).ClickAsync();
        await Expect(city.GetByRole(AriaRole.Heading, new() { Name = "1 有组织机构 （15分）" })).ToBeVisibleAsync();
        await PortalBrowser.ShouldBeAccessibleAsync(city);

        var topic = $"乡村振兴专题{Random.Shared.Next(1000, 9999)}";
        await city.GetByRole(AriaRole.Link, new() { Name = "专题目录" }).ClickAsync();
        var form = city.GetByRole(AriaRole.Form, new() { Name = "新增专题" });
        await form.GetByLabel("专题名称").FillAsync(topic);
        await form.GetByLabel("说明").FillAsync("产业振兴与基层治理");
        await form.GetByRole(AriaRole.Button, new() { Name = "新增专题" }).ClickAsync();
        var row = city.GetByRole(AriaRole.Row).Filter(new() { HasText = topic });
        await Expect(row).ToContainTextAsync("在用");
        await row.GetByRole(AriaRole.Button, new() { Name = $"停用{topic}" }).ClickAsync();
        await Expect(row).ToContainTextAsync("已停用");
        await PortalBrowser.ShouldBeAccessibleAsync(city);

        await city.GetByRole(AriaRole.Link, new() { Name = "接入系统" }).ClickAsync();
        var register = city.GetByRole(AriaRole.Form, new() { Name = "登记接入系统" });
        await register.GetByLabel("系统名称").FillAsync("阜南县干部管理系统");
        await register.GetByLabel("所属学校").SelectOptionAsync(new SelectOptionValue { Label = "中共阜南县委党校" });
        await register.GetByRole(AriaRole.Button, new() { Name = "登记并生成密钥" }).ClickAsync();
        await Expect(city.GetByRole(AriaRole.Status)).ToContainTextAsync("密钥只显示这一次");
        await PortalBrowser.ShouldBeAccessibleAsync(city);
        var (clientId, secret) = (await city.GetByTestId("client-id").InnerTextAsync(), await city.GetByTestId("client-secret").InnerTextAsync());
        (await Tokens.ClientCredentialsAsync(platform.Http(), clientId, secret)).ShouldNotBeNullOrEmpty();

        await city.ReloadAsync();
        await PortalBrowser.UntilLiveAsync(city);
        await Expect(city.GetByTestId("client-secret")).ToHaveCountAsync(0);
    }
}
