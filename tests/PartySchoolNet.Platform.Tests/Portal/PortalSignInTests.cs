using Microsoft.Playwright;
using PartySchoolNet.Testing;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace PartySchoolNet.Platform.Tests.Portal;

/// <summary>The portal in a real browser at the platform's public address: sign-in on Identity's page (code + PKCE), the shell, sign-out.</summary>
[Collection(PlatformTests.Name)]
public sealed class PortalSignInTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task A_township_admin_signs_in_on_Identitys_page_sees_their_school_and_signs_out()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(platform.PublicUrl.AbsoluteUri);
        page.Url.ShouldStartWith($"{platform.PublicUrl}connect/login");
        await PortalBrowser.SignInAsync(page, "wjb.admin", Tokens.DemoPassword);

        await Expect(page.GetByTestId("school")).ToHaveTextAsync("王家坝镇党校");
        await Expect(page.GetByTestId("person")).Not.ToBeEmptyAsync();
        await PortalBrowser.ScreenshotAsync(page, "home-township-admin");
        await PortalBrowser.ShouldBeAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Expect(page.GetByLabel("用户名")).ToBeVisibleAsync();
        page.Url.ShouldStartWith($"{platform.PublicUrl}connect/login");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_on_the_sign_in_page_in_Chinese_and_the_portal_stays_closed()
    {
        var page = await browser.NewPageAsync(phone: true);

        await page.GotoAsync(platform.PublicUrl.AbsoluteUri);
        await PortalBrowser.SignInAsync(page, "nobody.at.all", "not-the-password1");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("用户名或密码错误");
        await PortalBrowser.ScreenshotAsync(page, "sign-in-refused-phone");
        await PortalBrowser.ShouldBeAccessibleAsync(page);
        (await page.GotoAsync(platform.PublicUrl.AbsoluteUri))!.Url.ShouldStartWith($"{platform.PublicUrl}connect/login");
    }
}
