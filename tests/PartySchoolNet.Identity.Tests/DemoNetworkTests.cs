using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Identity.Tests;

/// <summary>On a database of its own, so no other test's schools are counted.</summary>
public sealed class DemoNetworkTests(IdentityHost app) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task Demo_network_is_one_city_eight_counties_and_108_townships()
    {
        var city = await app.ClientFor("fy.admin");

        var all = await city.ListSchoolsAsync(new ListSchoolsRequest { PageSize = 1000 });

        all.Schools.Count(s => s.Tier == SchoolTier.City).ShouldBe(1);
        all.Schools.Count(s => s.Tier == SchoolTier.County).ShouldBe(8);
        all.Schools.Count(s => s.Tier == SchoolTier.Township).ShouldBe(108);
        all.Schools.Single(s => s.Code == "wjb").Path.ShouldBe("fy.fn.wjb");
    }

    [Fact]
    public async Task Demo_accounts_exist_for_every_role_at_the_city_a_county_and_a_township()
    {
        var city = await app.ClientFor("fy.admin");

        var accounts = (await city.ListAccountsAsync(new ListAccountsRequest())).Accounts;

        foreach (var school in new[] { "fy", "fn", "wjb" })
        {
            var roles = accounts.Where(a => a.UserName.StartsWith(school + ".", StringComparison.Ordinal)).SelectMany(a => a.Roles).ToHashSet();
            new[] { Roles.SchoolAdmin, Roles.Dispatcher, Roles.Evaluator, Roles.ClassManager, Roles.Instructor }.ShouldAllBe(r => roles.Contains(r));
        }
        accounts.Single(a => a.UserName == "fy.admin").Roles.ShouldContain(Roles.NetworkAdmin);
    }
}
