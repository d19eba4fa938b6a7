using System.Net;
using Grpc.Core;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Identity.Tests;

public sealed class AuthenticationTests(IdentityHost app) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task A_gRPC_call_without_a_token_is_unauthenticated()
    {
        await app.Client(token: null).ListSchoolsAsync(new ListSchoolsRequest()).ShouldFailWith(StatusCode.Unauthenticated);
    }

    [Fact]
    public async Task A_JSON_call_without_a_token_gets_401()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/identity/schools");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_forged_token_is_rejected()
    {
        var token = await app.TokenAsync("fy.admin");
        var parts = token.Split('.');
        var forged = $"{parts[0]}.{parts[1]}.{parts[2][..^4]}AAAA";

        await app.Client(forged).WhoAmIAsync(new WhoAmIRequest()).ShouldFailWith(StatusCode.Unauthenticated);
    }

    [Fact]
    public async Task A_wrong_password_gets_invalid_grant_with_a_readable_message()
    {
        var response = await Tokens.RequestPasswordAsync(app.CreateClient(), "fn.admin", "not-the-password1");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("invalid_grant");
        body.ShouldContain("用户名或密码错误");
    }

    [Fact]
    public async Task A_person_signed_in_carries_school_tier_and_scope_path()
    {
        var me = await (await app.ClientFor("wjb.dispatcher")).WhoAmIAsync(new WhoAmIRequest());

        me.SchoolId.ShouldBe((await app.SchoolIdAsync("wjb")).ToString());
        me.Tier.ShouldBe(SchoolTier.Township);
        me.ScopePath.ShouldBe("fy.fn.wjb");
        me.Roles.ShouldBe([Roles.Dispatcher]);
    }

    [Fact]
    public async Task An_integrator_registered_by_a_county_signs_in_with_client_credentials_and_sees_that_county()
    {
        var county = await app.ClientFor("fn.admin");
        var credentials = await county.RegisterIntegratorClientAsync(new RegisterIntegratorClientRequest
        {
            DisplayName = "阜南县干部教育信息系统", SchoolId = (await app.SchoolIdAsync("fn")).ToString(),
        });

        var token = await Tokens.ClientCredentialsAsync(app.CreateClient(), credentials.ClientId, credentials.ClientSecret);
        var integrator = app.Client(token);

        var me = await integrator.WhoAmIAsync(new WhoAmIRequest());
        me.Roles.ShouldBe([Roles.Integrator]);
        me.ScopePath.ShouldBe("fy.fn");
        (await integrator.ListSchoolsAsync(new ListSchoolsRequest())).TotalCount.ShouldBe(19);
    }

    [Fact]
    public async Task A_wrong_client_secret_gets_no_token()
    {
        var response = await app.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "demo-integrator", ["client_secret"] = "guessed",
        }));

        response.IsSuccessStatusCode.ShouldBeFalse();
        (await response.Content.ReadAsStringAsync()).ShouldContain("invalid_client");
        (await response.Content.ReadAsStringAsync()).ShouldContain("接入系统身份验证失败");
    }

    [Fact]
    public async Task The_JSON_twin_of_a_gRPC_method_answers_with_the_same_data()
    {
        var http = await app.HttpFor("fn.admin");

        var json = await http.GetStringAsync("/api/v1/identity/me");

        json.ShouldContain("\"scopePath\":\"fy.fn\"");
        json.ShouldContain("SCHOOL_TIER_COUNTY");
    }
}
