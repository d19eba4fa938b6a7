using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Platform.Tests;

/// <summary>What a user or integrator meets at the one public entry: tokens, routing of JSON and gRPC, limits.</summary>
[Collection(PlatformTests.Name)]
public sealed class GatewayTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("/api/v1/identity/schools")]
    [InlineData("/api/v1/enrollment/known-schools")]
    [InlineData("/api/v1/reporting/network-overview")]
    public async Task Without_a_token_every_route_answers_401(string path)
    {
        (await platform.Http().GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Without_a_token_a_gRPC_call_through_the_gateway_is_unauthenticated()
    {
        var anonymous = new IdentityService.IdentityServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, token: null));

        await anonymous.ListSchoolsAsync(new ListSchoolsRequest()).ShouldFailWith(StatusCode.Unauthenticated);
    }

    [Theory]
    [InlineData("fy.admin", 117)]
    [InlineData("fn.admin", 19)]
    [InlineData("wjb.admin", 1)]
    public async Task A_demo_sign_in_lists_the_demo_schools_of_its_own_scope_over_JSON(string userName, int expected)
    {
        var http = platform.Http(await platform.TokenAsync(userName));

        var schools = new List<JsonElement>();
        var pageToken = "";
        int total;
        do
        {
            var page = await http.GetFromJsonAsync<JsonElement>($"/api/v1/identity/schools?pageSize=500&pageToken={pageToken}");
            schools.AddRange(page.GetProperty("schools").EnumerateArray());
            total = page.GetProperty("totalCount").GetInt32();
            pageToken = page.GetProperty("nextPageToken").GetString();
        }
        while (!string.IsNullOrEmpty(pageToken));

        schools.Count.ShouldBe(total);
        schools.Select(s => s.GetProperty("schoolId").GetString()).Distinct().Count().ShouldBe(total);
        schools.Count(s => !ReliableMessagingTests.IsTestSchool(s.GetProperty("code").GetString()!)).ShouldBe(expected);
    }

    [Fact]
    public async Task The_same_listing_over_gRPC_through_the_gateway_matches_the_JSON_one()
    {
        var county = await platform.IdentityThroughGatewayAsync("fn.admin");

        var schools = await county.ListSchoolsAsync(new ListSchoolsRequest { PageSize = 1000 });

        schools.TotalCount.ShouldBe(schools.Schools.Count);
        schools.Schools.Count(s => !ReliableMessagingTests.IsTestSchool(s.Code)).ShouldBe(19);
        schools.Schools.ShouldAllBe(s => s.Path == "fy.fn" || s.Path.StartsWith("fy.fn.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_demo_integrator_gets_a_token_with_client_credentials_and_calls_gRPC()
    {
        var token = await Tokens.ClientCredentialsAsync(platform.Http(), "demo-integrator", "demo-integrator-secret");
        var integrator = new IdentityService.IdentityServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, token));

        var me = await integrator.WhoAmIAsync(new WhoAmIRequest());

        me.Roles.ShouldBe([Roles.Integrator]);
        me.ScopePath.ShouldBe("fy");
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429_with_Retry_After_while_another_client_is_served()
    {
        var greedy = platform.Http(await platform.TokenAsync("wjb.instructor"));
        var other = platform.Http(await platform.TokenAsync("wjb.classmanager"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 160).Select(_ => greedy.GetAsync("/api/v1/identity/me")));

        var rejected = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        rejected.ShouldNotBeEmpty();
        rejected.ShouldAllBe(r => r.Headers.RetryAfter != null && r.Headers.RetryAfter.Delta >= TimeSpan.FromSeconds(1));
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBeGreaterThan(0);
        (await other.GetAsync("/api/v1/identity/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_roster_of_a_thousand_bad_rows_through_the_gateway_is_refused_naming_the_first_two_hundred()
    {
        var enrollment = new Enrollment.Contracts.EnrollmentService.EnrollmentServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("fn.admin")));
        var csv = new System.Text.StringBuilder("单位,人员编号,姓名,职级,任职年限,是否领导\n");
        for (var i = 0; i < 1000; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"错行单位,编号{i},学员{i},一般干部,5,否\n");
        }

        var refusal = await enrollment.ImportRosterAsync(new Enrollment.Contracts.ImportRosterRequest { Csv = csv.ToString() })
            .ResponseAsync.ShouldFailWith(StatusCode.InvalidArgument);

        var violations = refusal.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations;
        violations.Count.ShouldBe(201);
        violations.Take(200).ShouldAllBe(v => v.Description.Contains("人员编号"));
        violations[200].Description.ShouldContain("共1000行有误");
    }

    [Fact]
    public async Task A_request_body_over_the_size_limit_is_refused_with_413_and_says_the_limit()
    {
        using var http = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) }) { BaseAddress = platform.Gateway };
        http.DefaultRequestHeaders.Authorization = new("Bearer", await platform.TokenAsync("fy.admin"));
        var huge = new StringContent($"{{\"name\":\"{new string('x', 5 * 1024 * 1024)}\"}}", System.Text.Encoding.UTF8, "application/json");

        // Expect: 100-continue, as a careful uploader sends it: the refusal arrives before the body is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/identity/schools") { Content = huge };
        request.Headers.ExpectContinue = true;

        var response = await http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldContain("请求内容不能超过4MB");
    }

    [Fact]
    public async Task Each_service_answers_its_JSON_route_through_the_gateway()
    {
        var http = platform.Http(await platform.TokenAsync("fy.dispatcher"));

        foreach (var service in RunningPlatform.Services.Skip(1))
        {
            var response = await http.GetAsync($"/api/v1/{service}/known-schools?pageSize=1");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, service);
        }
    }
}
