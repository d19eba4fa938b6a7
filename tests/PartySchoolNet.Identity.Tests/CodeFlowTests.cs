using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceDefaults.Addresses;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Identity.Tests;

/// <summary>Identity with the portal registered, as the AppHost runs it: the portal's client secret and the public address set.</summary>
public sealed class PortalIdentityHost : IdentityHost
{
    public const string PortalSecret = "portal-test-secret";
    public static readonly Uri PublicUrl = new("http://psn.example.test:8080/");
    public static readonly string RedirectUri = PublicUrl + "signin-oidc";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(PublicAddress.Setting, PublicUrl.AbsoluteUri);
        builder.UseSetting("Identity:PortalClientSecret", PortalSecret);
    }
}

/// <summary>The portal's sign-in as a browser makes it: authorize → Identity's sign-in page → code → tokens (with PKCE).</summary>
public sealed partial class CodeFlowTests(PortalIdentityHost identity) : IClassFixture<PortalIdentityHost>
{
    [Fact]
    public async Task Signed_in_on_the_page_a_person_gets_a_code_that_the_portal_redeems_for_their_tokens()
    {
        var browser = Browser();
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

        var toSignIn = await browser.GetAsync(AuthorizeUrl(verifier));
        toSignIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var signedIn = await SubmitAsync(browser, toSignIn.Headers.Location!.OriginalString, "wjb.dispatcher", Tokens.DemoPassword);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var toPortal = await browser.GetAsync(signedIn.Headers.Location);
        var code = QueryHelpers.ParseQuery(toPortal.Headers.Location!.Query)["code"].ToString();
        toPortal.Headers.Location.GetLeftPart(UriPartial.Path).ShouldBe(PortalIdentityHost.RedirectUri);
        var tokens = await RedeemAsync(code, verifier);

        tokens.GetProperty("refresh_token").GetString().ShouldNotBeNullOrEmpty();
        var idToken = new JsonWebToken(tokens.GetProperty("id_token").GetString());
        idToken.Audiences.ShouldBe(["portal"]);
        idToken.Issuer.ShouldBe(PortalIdentityHost.PublicUrl.AbsoluteUri);
        var me = await identity.Client(tokens.GetProperty("access_token").GetString()).WhoAmIAsync(new WhoAmIRequest());
        me.ScopePath.ShouldBe("fy.fn.wjb");
        me.Roles.ShouldBe([Roles.Dispatcher]);
    }

    [Fact]
    public async Task A_code_is_redeemed_only_with_the_verifier_of_its_challenge()
    {
        var browser = Browser();
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var toSignIn = await browser.GetAsync(AuthorizeUrl(verifier));
        var signedIn = await SubmitAsync(browser, toSignIn.Headers.Location!.OriginalString, "fn.classmanager", Tokens.DemoPassword);
        var code = QueryHelpers.ParseQuery((await browser.GetAsync(signedIn.Headers.Location)).Headers.Location!.Query)["code"].ToString();

        var stolen = await identity.CreateClient().PostAsync("/connect/token", Redemption(code, WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32))));

        stolen.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await stolen.Content.ReadAsStringAsync()).ShouldContain("invalid_grant");
    }

    [Fact]
    public async Task The_sign_in_page_shows_the_lockout_in_Chinese_after_five_wrong_passwords()
    {
        var browser = Browser();
        var page = (await browser.GetAsync(AuthorizeUrl("v"))).Headers.Location!.OriginalString;

        for (var i = 0; i < 5; i++)
        {
            (await SubmitAsync(browser, page, "fn.instructor", "not-the-password1")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }
        var locked = await SubmitAsync(browser, page, "fn.instructor", Tokens.DemoPassword);

        locked.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await locked.Content.ReadAsStringAsync()).ShouldContain("账户因多次密码错误已临时锁定");
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/connect/authorize?x")]
    [InlineData("/connect/authorize\\@evil.example")]
    public async Task The_sign_in_page_returns_only_to_the_authorization_endpoint(string returnUrl)
    {
        var page = await Browser().GetStringAsync(SignInPageUrl(returnUrl));

        ReturnField().Match(page).Groups[1].Value.ShouldBe("/connect/authorize");
    }

    private HttpClient Browser() => identity.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = true, BaseAddress = PortalIdentityHost.PublicUrl,
    });

    private static string SignInPageUrl(string returnUrl) => $"/connect/login?returnUrl={Uri.EscapeDataString(returnUrl)}";

    private static string AuthorizeUrl(string verifier) => QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
    {
        ["client_id"] = "portal", ["redirect_uri"] = PortalIdentityHost.RedirectUri, ["response_type"] = "code",
        ["scope"] = "openid offline_access", ["nonce"] = Guid.NewGuid().ToString("N"), ["state"] = "s",
        ["code_challenge"] = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))), ["code_challenge_method"] = "S256",
    });

    /// <summary>Fills in the sign-in page as a person would: its antiforgery field and return address come from the page itself.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string pageUrl, string userName, string password)
    {
        var page = await browser.GetStringAsync(pageUrl);
        var antiforgery = AntiforgeryField().Match(page);
        return await browser.PostAsync("/connect/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups[1].Value] = WebUtility.HtmlDecode(antiforgery.Groups[2].Value),
            ["returnUrl"] = WebUtility.HtmlDecode(ReturnField().Match(page).Groups[1].Value),
            ["username"] = userName, ["password"] = password,
        }));
    }

    private async Task<JsonElement> RedeemAsync(string code, string verifier)
    {
        var response = await identity.CreateClient().PostAsync("/connect/token", Redemption(code, verifier));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static FormUrlEncodedContent Redemption(string code, string verifier) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "authorization_code", ["code"] = code, ["code_verifier"] = verifier, ["redirect_uri"] = PortalIdentityHost.RedirectUri,
        ["client_id"] = "portal", ["client_secret"] = PortalIdentityHost.PortalSecret,
    });

    [GeneratedRegex("""<input type="hidden" name="(__RequestVerificationToken[^"]*)" value="([^"]*)">""")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("""name="returnUrl" value="([^"]*)">""")]
    private static partial Regex ReturnField();
}
