using System.Net;
using System.Net.Http.Json;
using Grpc.Core;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Identity.Tests;

public sealed class InputValidationTests(IdentityHost app) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task An_empty_school_registration_names_every_missing_field_and_stores_nothing()
    {
        var city = await app.ClientFor("fy.admin");
        var before = await app.CountAsync("schools");

        var refusal = await city.RegisterSchoolAsync(new RegisterSchoolRequest()).ShouldFailWith(StatusCode.InvalidArgument);

        refusal.FieldViolations().ShouldBe(["code", "name", "tier", "parent_id"], ignoreOrder: true);
        (await app.CountAsync("schools")).ShouldBe(before);
        (await app.CountAsync("outbox_messages WHERE payload->>'name' = ''")).ShouldBe(0);
    }

    [Theory]
    [InlineData("X", "code")]
    [InlineData("1abc", "code")]
    [InlineData("with space", "code")]
    public async Task A_malformed_school_code_is_refused_on_its_field(string code, string field)
    {
        var city = await app.ClientFor("fy.admin");

        var refusal = await city.RegisterSchoolAsync(new RegisterSchoolRequest
        {
            Code = code, Name = "测试党校", Tier = SchoolTier.Township, ParentId = (await app.SchoolIdAsync("fn")).ToString(),
        }).ShouldFailWith(StatusCode.InvalidArgument);

        refusal.FieldViolations().ShouldBe([field]);
    }

    [Fact]
    public async Task A_parent_id_that_is_not_an_id_is_a_field_error_and_an_unknown_one_is_not_found()
    {
        var city = await app.ClientFor("fy.admin");
        var request = new RegisterSchoolRequest { Code = "nowhere", Name = "无处党校", Tier = SchoolTier.Township, ParentId = "not-a-guid" };

        (await city.RegisterSchoolAsync(request).ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["parent_id"]);

        request.ParentId = Guid.NewGuid().ToString();
        await city.RegisterSchoolAsync(request).ShouldFailWith(StatusCode.NotFound);
    }

    [Fact]
    public async Task A_weak_password_an_unknown_role_and_a_bad_user_name_are_all_reported_together()
    {
        var county = await app.ClientFor("fn.admin");

        var refusal = await county.CreateAccountAsync(new CreateAccountRequest
        {
            UserName = "A", DisplayName = "张三", Password = "short", SchoolId = (await app.SchoolIdAsync("wjb")).ToString(), Roles = { "Mayor" },
        }).ShouldFailWith(StatusCode.InvalidArgument);

        refusal.FieldViolations().ShouldBe(["user_name", "password", "roles"], ignoreOrder: true);
    }

    [Fact]
    public async Task Only_a_network_admin_grants_network_admin_and_only_at_the_city()
    {
        var county = await app.ClientFor("fn.admin");
        var city = await app.ClientFor("fy.admin");
        var request = new CreateAccountRequest
        {
            UserName = "fn.boss", DisplayName = "李四", Password = "Boss2026x", SchoolId = (await app.SchoolIdAsync("fn")).ToString(), Roles = { Roles.NetworkAdmin },
        };

        await county.CreateAccountAsync(request).ShouldFailWith(StatusCode.PermissionDenied);
        (await city.CreateAccountAsync(request).ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["roles"]);
    }

    [Fact]
    public async Task A_user_name_already_taken_is_a_duplicate()
    {
        var county = await app.ClientFor("fn.admin");

        await county.CreateAccountAsync(new CreateAccountRequest
        {
            UserName = "fn.dispatcher", DisplayName = "王五", Password = "Dispatch2026", SchoolId = (await app.SchoolIdAsync("fn")).ToString(), Roles = { Roles.Dispatcher },
        }).ShouldFailWith(StatusCode.AlreadyExists);
    }

    [Fact]
    public async Task Bad_input_over_JSON_is_a_400_with_field_violations()
    {
        var http = await app.HttpFor("fy.admin");

        var response = await http.PostAsJsonAsync("/api/v1/identity/schools", new { code = "", name = "", tier = "SCHOOL_TIER_TOWNSHIP" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("fieldViolations");
        body.ShouldContain("\"field\":\"parent_id\"");
    }

    [Fact]
    public async Task Malformed_JSON_is_a_400_not_a_500()
    {
        var http = await app.HttpFor("fy.admin");

        var response = await http.PostAsync("/api/v1/identity/schools", new StringContent("{\"code\": ", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
