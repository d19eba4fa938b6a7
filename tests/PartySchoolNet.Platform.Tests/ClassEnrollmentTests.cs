using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Platform.Tests;

/// <summary>阜南 imports a roster and runs a class over JSON; 王家坝 nominates over gRPC; all through the gateway.</summary>
[Collection(PlatformTests.Name)]
public sealed class ClassEnrollmentTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_county_class_is_published_nominated_and_confirmed_through_the_gateway_with_a_waitlist()
    {
        var county = platform.Http(await platform.TokenAsync("fn.admin"));
        (await county.PostAsJsonAsync("/api/v1/enrollment/roster-imports", new
        {
            school_id = await SchoolIdAsync(county, "wjb"),
            csv = "单位,人员编号,姓名,职级,任职年限,是否领导\n网关测试村,GW-1,网关学员甲,村两委成员,3,否\n网关测试村,GW-2,网关学员乙,村两委成员,4,否\n",
        })).EnsureSuccessStatusCode();
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var created = await county.PostAsJsonAsync("/api/v1/enrollment/classes", new
        {
            details = new { title = "网关村两委成员培训班", category = "CLASS_CATEGORY_CAPABILITY", mode = "CLASS_MODE_ON_SITE", start_date = start, end_date = start, capacity = 1, credit_hours = 6 },
        });
        created.EnsureSuccessStatusCode();
        var classId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("classId").GetString()!;
        (await county.PostAsJsonAsync($"/api/v1/enrollment/classes/{classId}:publish", new { })).EnsureSuccessStatusCode();

        var township = new EnrollmentService.EnrollmentServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("wjb.admin")));
        var cadres = (await township.ListCadresAsync(new ListCadresRequest { NamePrefix = "网关学员" })).Cadres;
        var nominated = await township.NominateAsync(new NominateRequest { ClassId = classId, UnitId = cadres[0].UnitId, CadreIds = { cadres.Select(c => c.CadreId) } });
        var outcomes = new List<string>();
        foreach (var enrollment in nominated.Enrollments)
        {
            var confirmed = await county.PostAsJsonAsync($"/api/v1/enrollment/enrollments/{enrollment.EnrollmentId}:confirm", new { });
            outcomes.Add((await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()!);
        }
        var badClass = await county.PostAsJsonAsync("/api/v1/enrollment/classes", new { details = new { title = "坏", capacity = 0 } });

        outcomes.ShouldBe(["ENROLLMENT_STATUS_CONFIRMED", "ENROLLMENT_STATUS_WAITLISTED"]);
        var list = await county.GetFromJsonAsync<JsonElement>($"/api/v1/enrollment/classes/{classId}/enrollments");
        list.GetProperty("totalCount").GetInt32().ShouldBe(2);
        badClass.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<string> SchoolIdAsync(HttpClient http, string code)
    {
        var schools = await http.GetFromJsonAsync<JsonElement>("/api/v1/enrollment/known-schools?pageSize=500");
        return schools.GetProperty("schools").EnumerateArray().First(s => s.GetProperty("code").GetString() == code).GetProperty("schoolId").GetString()!;
    }
}
