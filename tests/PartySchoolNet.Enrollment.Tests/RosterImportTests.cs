using System.Text;
using Grpc.Core;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Enrollment.Tests;

/// <summary>A roster file imports whole or not at all; every bad row is named by its line.</summary>
public sealed class RosterImportTests(EnrollmentHost host) : IClassFixture<EnrollmentHost>
{
    private const string Header = "单位,人员编号,姓名,职级,任职年限,是否领导\n";

    [Fact]
    public async Task A_roster_adds_units_and_cadres_and_a_later_roster_updates_by_staff_number()
    {
        var (office, village) = (host.Unique("党政综合办公室"), host.Unique("李集村"));
        var client = await host.ClientFor("wjb.admin");
        var first = await client.ImportRosterAsync(new ImportRosterRequest
        {
            Csv = Header + $"{office},WJB-A1,张建国,乡科级正职,12,是\n\"{village}\",WJB-A2,\"李秀英\",村党组织书记,6,是\r\n{village},WJB-A3,王立新,入党积极分子,1,否\n",
        });
        var second = await client.ImportRosterAsync(new ImportRosterRequest
        {
            Csv = Header + $"{office},WJB-A1,张建国,乡科级正职,13,是\n{village},WJB-A2,李秀英,村党组织书记,6,是\n{village},WJB-A4,赵春生,村两委成员,3,否\n",
        });

        (first.UnitsAdded, first.CadresAdded, first.CadresUpdated).ShouldBe((2, 3, 0));
        (second.UnitsAdded, second.CadresAdded, second.CadresUpdated).ShouldBe((0, 1, 1));
        var cadres = await client.ListCadresAsync(new ListCadresRequest { NamePrefix = "张建国" });
        cadres.Cadres.Single(c => c.StaffNo == "WJB-A1").YearsOfService.ShouldBe(13);
    }

    [Fact]
    public async Task An_import_announces_each_added_or_changed_cadre_with_the_hours_its_level_requires_and_leaves_the_unchanged_out()
    {
        var (unit, head, secretary) = (host.Unique("宣传办"), host.Unique("WJB-H"), host.Unique("WJB-S"));
        var client = await host.ClientFor("wjb.admin");
        await client.ImportRosterAsync(new ImportRosterRequest { Csv = Header + $"{unit},{head},周正,乡科级正职,12,是\n{unit},{secretary},吴明,村党组织书记,6,是\n" });
        await client.ImportRosterAsync(new ImportRosterRequest { Csv = Header + $"{unit},{head},周正,乡科级正职,12,是\n{unit},{secretary},吴明,村两委成员,6,否\n" });

        var announced = await TestInfrastructure.ScalarAsync<string>(host.ConnectionString, $"""
            SELECT string_agg((c->>'name') || ' ' || (c->>'requiredHours') || ' ' || (c->>'unitName'), ', ' ORDER BY m.sequence, c->>'name')
            FROM outbox_messages m, jsonb_array_elements(m.payload->'cadres') c
            WHERE m.message_type LIKE '%CadresChanged%' AND c->>'unitName' = '{unit}'
            """);

        announced.ShouldBe($"吴明 48 {unit}, 周正 90 {unit}, 吴明 32 {unit}");
    }

    [Fact]
    public async Task A_roster_just_over_the_limit_is_refused_with_its_own_message_not_a_transport_error()
    {
        var unit = host.Unique("超限名册单位");
        var csv = new StringBuilder(Header);
        for (var (row, bytes) = (0, Encoding.UTF8.GetByteCount(Header)); bytes <= RosterLimits.MaxCsvBytes; row++)
        {
            var line = $"{unit},BIG-{row:D6},王大明,一般干部,3,否\n";
            csv.Append(line);
            bytes += Encoding.UTF8.GetByteCount(line);
        }
        var client = await host.ClientFor("wjb.admin");

        var refused = await client.ImportRosterAsync(new ImportRosterRequest { Csv = csv.ToString() }).ShouldFailWith(StatusCode.InvalidArgument);

        refused.FieldViolations().ShouldBe(["csv"]);
        refused.Status.Detail.ShouldContain(RosterLimits.TooLarge);
        (await host.CountAsync("cadres", $"staff_no LIKE 'BIG-%'")).ShouldBe(0);
    }

    [Fact]
    public async Task A_roster_with_bad_rows_names_every_one_by_line_and_imports_nothing()
    {
        var unit = host.Unique("坏名册单位");
        var csv = Header +
            $"{unit},B-1,合格干部,一般干部,3,否\n" +
            $"{unit},B-2,职级有误,科员,3,否\n" +
            $"{unit},B-3,年限有误,一般干部,三年,否\n" +
            $"{unit},B-1,编号重复,一般干部,3,否\n" +
            $"{unit},B-5,列数不对\n" +
            $"{unit},B-6,领导有误,一般干部,3,不详\n";

        var refusal = await (await host.ClientFor("wjb.admin")).ImportRosterAsync(new ImportRosterRequest { Csv = csv }).ShouldFailWith(StatusCode.InvalidArgument);

        refusal.FieldViolations().ShouldBe(["csv[3].position_level", "csv[4].years_of_service", "csv[5].staff_no", "csv[6]", "csv[7].is_leader"]);
        refusal.Status.Detail.ShouldContain("第3行：职级“科员”无法识别");
        (await host.CountAsync("units", $"name = '{unit}'")).ShouldBe(0);
        (await host.CountAsync("cadres", "staff_no = 'B-1'")).ShouldBe(0);
    }

    [Theory]
    [InlineData("单位,姓名,职级\n某单位,张三,一般干部\n", "csv[1]")]
    [InlineData("单位,人员编号,姓名,职级,任职年限,是否领导\n\"未闭合单位,C-1,张三,一般干部,3,否\n", "csv[2]")]
    [InlineData("", "csv")]
    public async Task A_malformed_file_is_refused_at_the_line_at_fault(string csv, string field)
    {
        var refusal = await (await host.ClientFor("wjb.admin")).ImportRosterAsync(new ImportRosterRequest { Csv = csv }).ShouldFailWith(StatusCode.InvalidArgument);

        refusal.FieldViolations().ShouldBe([field]);
    }

    [Fact]
    public async Task A_school_cannot_import_into_a_school_outside_its_scope()
    {
        var yz = (await host.SchoolIdAsync("yz")).ToString();

        await (await host.ClientFor("fn.admin")).ImportRosterAsync(new ImportRosterRequest { SchoolId = yz, Csv = Header + "越权单位,X-1,张三,一般干部,3,否\n" })
            .ShouldFailWith(StatusCode.PermissionDenied);
        await (await host.ClientFor("fn.classmanager")).ImportRosterAsync(new ImportRosterRequest { Csv = Header + "越权单位,X-1,张三,一般干部,3,否\n" })
            .ShouldFailWith(StatusCode.PermissionDenied);
    }
}
