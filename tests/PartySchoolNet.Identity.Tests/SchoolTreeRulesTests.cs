using Grpc.Core;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Identity.Tests;

public sealed class SchoolTreeRulesTests(IdentityHost app) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task Township_registered_under_a_county_gets_the_county_path_and_an_event_in_the_same_transaction()
    {
        var county = await app.ClientFor("fn.admin");
        var outboxBefore = await app.CountAsync("outbox_messages");

        var school = await county.RegisterSchoolAsync(new RegisterSchoolRequest
        {
            Code = "xyz", Name = "新营子镇党校", Tier = SchoolTier.Township, ParentId = (await app.SchoolIdAsync("fn")).ToString(),
        });

        school.Path.ShouldBe("fy.fn.xyz");
        school.Version.ShouldBe(1);
        (await app.CountAsync("outbox_messages")).ShouldBe(outboxBefore + 1);
        (await TestInfrastructure.ScalarAsync<string>(app.ConnectionString,
            $"SELECT payload->>'path' FROM outbox_messages WHERE payload->>'schoolId' = '{school.SchoolId}'")).ShouldBe("fy.fn.xyz");
    }

    [Theory]
    [InlineData(SchoolTier.County, "wjb", "parent_id")]
    [InlineData(SchoolTier.County, "fn", "parent_id")]
    [InlineData(SchoolTier.Township, "fy", "parent_id")]
    [InlineData(SchoolTier.Township, "wjb", "parent_id")]
    [InlineData(SchoolTier.City, "fy", "tier")]
    public async Task A_school_in_the_wrong_place_of_the_tree_is_refused(SchoolTier tier, string parentCode, string field)
    {
        var city = await app.ClientFor("fy.admin");
        var schoolsBefore = await app.CountAsync("schools");

        var refusal = await city.RegisterSchoolAsync(new RegisterSchoolRequest
        {
            Code = "misplaced", Name = "错位党校", Tier = tier, ParentId = (await app.SchoolIdAsync(parentCode)).ToString(),
        }).ShouldFailWith(StatusCode.InvalidArgument);

        refusal.FieldViolations().ShouldContain(field);
        (await app.CountAsync("schools")).ShouldBe(schoolsBefore);
    }

    [Fact]
    public async Task A_code_already_used_anywhere_in_the_network_is_refused_as_a_duplicate()
    {
        var county = await app.ClientFor("fn.admin");

        var refusal = await county.RegisterSchoolAsync(new RegisterSchoolRequest
        {
            Code = "qh", Name = "另一个清河党校", Tier = SchoolTier.Township, ParentId = (await app.SchoolIdAsync("fn")).ToString(),
        }).ShouldFailWith(StatusCode.AlreadyExists);

        refusal.Status.Detail.ShouldContain("qh");
    }

    [Fact]
    public async Task The_same_name_twice_under_one_county_is_refused_as_a_duplicate()
    {
        var county = await app.ClientFor("fn.admin");

        await county.RegisterSchoolAsync(new RegisterSchoolRequest
        {
            Code = "wjbtwo", Name = "王家坝镇党校", Tier = SchoolTier.Township, ParentId = (await app.SchoolIdAsync("fn")).ToString(),
        }).ShouldFailWith(StatusCode.AlreadyExists);
    }

    [Fact]
    public async Task Fifty_parallel_registrations_of_one_code_leave_exactly_one_school()
    {
        var city = await app.ClientFor("fy.admin");
        var parentId = (await app.SchoolIdAsync("lq")).ToString();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            try
            {
                await city.RegisterSchoolAsync(new RegisterSchoolRequest
                {
                    Code = "race", Name = $"并发测试党校{i}", Tier = SchoolTier.Township, ParentId = parentId,
                });
                return StatusCode.OK;
            }
            catch (RpcException ex)
            {
                return ex.StatusCode;
            }
        }));

        outcomes.Count(s => s == StatusCode.OK).ShouldBe(1);
        outcomes.Count(s => s == StatusCode.AlreadyExists).ShouldBe(49);
        (await TestInfrastructure.ScalarAsync<long>(app.ConnectionString,
            "SELECT count(*) FROM outbox_messages WHERE payload->>'code' = 'race'")).ShouldBe(1);
    }

    [Fact]
    public async Task Renaming_a_school_raises_its_version_and_records_the_change_event()
    {
        var county = await app.ClientFor("fn.admin");
        var id = (await app.SchoolIdAsync("lg")).ToString();

        var renamed = await county.UpdateSchoolAsync(new UpdateSchoolRequest { SchoolId = id, Name = "老观乡党校（蒙洼蓄洪区）" });

        renamed.Name.ShouldBe("老观乡党校（蒙洼蓄洪区）");
        renamed.Version.ShouldBe(2);
        (await TestInfrastructure.ScalarAsync<long>(app.ConnectionString,
            $"SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%SchoolChanged%' AND payload->>'schoolId' = '{id}'")).ShouldBe(1);
    }
}
