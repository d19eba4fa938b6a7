using Grpc.Core;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Identity.Tests;

/// <summary>
/// Every Identity operation on objects of 阜南 county (fn) and its 王家坝 township (wjb), by every kind of caller:
/// the city, the county, the township, another county (临泉, lq), another township (滑集, hj), and a county
/// dispatcher (in scope, but not an admin). Allowed calls succeed; every other one is PermissionDenied.
/// </summary>
public sealed class TenancyMatrixTests(TenancyMatrixTests.Fixture fixture) : IClassFixture<TenancyMatrixTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public IdentityHost App { get; } = new();
        public Dictionary<string, IdentityService.IdentityServiceClient> Callers { get; } = [];
        public Dictionary<string, string> Schools { get; } = [];

        public async ValueTask InitializeAsync()
        {
            await App.InitializeAsync();
            var city = await App.ClientFor("fy.admin");
            foreach (var code in new[] { "fy", "fn", "wjb", "lq", "hj" })
            {
                Schools[code] = (await App.SchoolIdAsync(code)).ToString();
            }
            foreach (var code in new[] { "lq", "hj" })
            {
                await city.CreateAccountAsync(new CreateAccountRequest
                {
                    UserName = $"{code}.admin", DisplayName = $"{code} 管理员", Password = "Matrix2026", SchoolId = Schools[code], Roles = { Roles.SchoolAdmin },
                });
            }
            Callers["city"] = city;
            Callers["county"] = await App.ClientFor("fn.admin");
            Callers["township"] = await App.ClientFor("wjb.admin");
            Callers["county-dispatcher"] = await App.ClientFor("fn.dispatcher");
            Callers["other-county"] = App.Client(await App.TokenAsync("lq.admin", "Matrix2026"));
            Callers["other-township"] = App.Client(await App.TokenAsync("hj.admin", "Matrix2026"));
        }

        public async ValueTask DisposeAsync() => await App.DisposeAsync();
    }

    private static int _unique;

    private static readonly Dictionary<string, Func<IdentityService.IdentityServiceClient, Dictionary<string, string>, Task>> Operations = new()
    {
        ["GetSchool(township)"] = (c, s) => c.GetSchoolAsync(new GetSchoolRequest { SchoolId = s["wjb"] }).ResponseAsync,
        ["GetSchool(county)"] = (c, s) => c.GetSchoolAsync(new GetSchoolRequest { SchoolId = s["fn"] }).ResponseAsync,
        ["ListSchools(under county)"] = (c, s) => c.ListSchoolsAsync(new ListSchoolsRequest { UnderSchoolId = s["fn"] }).ResponseAsync,
        ["RegisterSchool(under county)"] = (c, s) => c.RegisterSchoolAsync(new RegisterSchoolRequest
        {
            Code = $"mx{Interlocked.Increment(ref _unique)}", Name = $"矩阵测试党校{_unique}", Tier = SchoolTier.Township, ParentId = s["fn"],
        }).ResponseAsync,
        ["UpdateSchool(township)"] = (c, s) => c.UpdateSchoolAsync(new UpdateSchoolRequest { SchoolId = s["wjb"], Region = "阜南县" }).ResponseAsync,
        ["CreateAccount(at township)"] = (c, s) => c.CreateAccountAsync(new CreateAccountRequest
        {
            UserName = $"wjb.clerk{Interlocked.Increment(ref _unique)}", DisplayName = "文书", Password = "Clerk2026", SchoolId = s["wjb"], Roles = { Roles.ClassManager },
        }).ResponseAsync,
        ["ListAccounts(at township)"] = (c, s) => c.ListAccountsAsync(new ListAccountsRequest { SchoolId = s["wjb"] }).ResponseAsync,
        ["RegisterIntegratorClient(at township)"] = (c, s) => c.RegisterIntegratorClientAsync(new RegisterIntegratorClientRequest
        {
            DisplayName = "远程教育平台", SchoolId = s["wjb"],
        }).ResponseAsync,
    };

    /// <summary>Who may do each operation; everyone else must be refused.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["GetSchool(township)"] = ["city", "county", "township", "county-dispatcher"],
        ["GetSchool(county)"] = ["city", "county", "county-dispatcher"],
        ["ListSchools(under county)"] = ["city", "county", "county-dispatcher"],
        ["RegisterSchool(under county)"] = ["city", "county"],
        ["UpdateSchool(township)"] = ["city", "county", "township"],
        ["CreateAccount(at township)"] = ["city", "county", "township"],
        ["ListAccounts(at township)"] = ["city", "county", "township"],
        ["RegisterIntegratorClient(at township)"] = ["city", "county", "township"],
    };

    private static readonly string[] CallerNames = ["city", "county", "township", "county-dispatcher", "other-county", "other-township"];

    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var operation in Operations.Keys)
        {
            foreach (var caller in CallerNames)
            {
                data.Add(operation, caller, Allowed[operation].Contains(caller));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Operation_by_caller_is_allowed_only_within_scope_and_role(string operation, string caller, bool allowed)
    {
        var call = Operations[operation](fixture.Callers[caller], fixture.Schools);

        if (allowed)
        {
            await call;
        }
        else
        {
            await call.ShouldFailWith(StatusCode.PermissionDenied);
        }
    }

    [Theory]
    [InlineData("city", 117)]
    [InlineData("county", 19)]
    [InlineData("township", 1)]
    [InlineData("other-county", 21)]
    [InlineData("other-township", 1)]
    public async Task Listing_schools_returns_exactly_the_callers_subtree(string caller, int expected)
    {
        var schools = await fixture.Callers[caller].ListSchoolsAsync(new ListSchoolsRequest { PageSize = 1000, Tier = SchoolTier.Unspecified });

        var scope = (await fixture.Callers[caller].WhoAmIAsync(new WhoAmIRequest())).ScopePath;
        schools.Schools.ShouldAllBe(s => s.Path == scope || s.Path.StartsWith(scope + ".", StringComparison.Ordinal));
        schools.Schools.Count(s => !s.Code.StartsWith("mx", StringComparison.Ordinal)).ShouldBe(expected);
    }
}
