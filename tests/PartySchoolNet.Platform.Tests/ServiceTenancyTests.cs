using System.Net.Http.Json;
using System.Text.Json;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Platform.Tests;

/// <summary>Every domain service decides tenancy from the token itself, over its own copy of the tree.</summary>
[Collection(PlatformTests.Name)]
public sealed class ServiceTenancyTests(PlatformFixture platform)
{
    public static TheoryData<string, string, string> ServicesByCaller()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var service in new[] { "enrollment", "faculty-pool", "site-resources", "quality-evaluation", "reporting" })
        {
            data.Add(service, "fy.admin", "fy");
            data.Add(service, "fn.dispatcher", "fy.fn");
            data.Add(service, "wjb.classmanager", "fy.fn.wjb");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ServicesByCaller))]
    public async Task A_service_shows_a_caller_only_the_schools_of_its_scope(string service, string userName, string scope)
    {
        var http = platform.Http(await platform.TokenAsync(userName));
        var expected = await DemoSchoolsWithin(scope);

        var known = await Eventually.Until(
            () => http.GetFromJsonAsync<JsonElement>($"/api/v1/{service}/known-schools?pageSize=500"),
            body => body.GetProperty("totalCount").GetInt32() >= expected,
            TimeSpan.FromSeconds(60), $"{service} to learn the demo tree");

        var paths = known.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("path").GetString()!).ToList();
        paths.ShouldAllBe(p => p == scope || p.StartsWith(scope + ".", StringComparison.Ordinal));
        paths.ShouldContain(scope);
    }

    [Theory]
    [InlineData("fy.admin", 1, 8, 108)]
    [InlineData("fn.admin", 0, 1, 18)]
    [InlineData("wjb.admin", 0, 0, 1)]
    public async Task Reporting_counts_the_schools_within_the_callers_scope(string userName, int city, int counties, int townships)
    {
        var http = platform.Http(await platform.TokenAsync(userName));

        var overview = await Eventually.Until(
            () => http.GetFromJsonAsync<NetworkOverviewJson>("/api/v1/reporting/network-overview")!,
            o => o!.CitySchools >= city && o.CountySchools >= counties && o.TownshipSchools >= townships,
            TimeSpan.FromSeconds(60), "reporting to count the demo network");

        overview!.CitySchools.ShouldBe(city);
        overview.CountySchools.ShouldBe(counties);
        if (userName != "fy.admin")
        {
            overview.TownshipSchools.ShouldBe(townships);
        }
    }

    private async Task<int> DemoSchoolsWithin(string scope) => await TestInfrastructure.ScalarAsync<long>(platform.Database("identity"),
        $"SELECT count(*) FROM schools WHERE path = '{scope}' OR path LIKE '{scope}.%'") is var n ? (int)n : 0;

    private sealed record NetworkOverviewJson(int CitySchools, int CountySchools, int TownshipSchools);
}
