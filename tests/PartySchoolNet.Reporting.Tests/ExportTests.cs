using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.SiteResources.Contracts;
using SharingScope = PartySchoolNet.FacultyPool.Contracts.SharingScope;
using Shouldly;

namespace PartySchoolNet.Reporting.Tests;

/// <summary>Reports as files people open in Excel: the same figures and scope as the API, Chinese headers, bad input as field errors.</summary>
public sealed class ExportTests(ReportingHost host) : IClassFixture<ReportingHost>
{
    [Fact]
    public async Task The_training_volume_opens_as_a_workbook_with_a_sheet_per_table_and_the_apis_rows()
    {
        await host.PublishAsync(await new Completions(host, 2037).ManyAsync(30, "fy.fn", "fy.fn.wjb", "fy.lq"));
        var request = new GetTrainingVolumeRequest { FromMonth = "2037-01", ToMonth = "2037-12", GroupBy = { VolumeDimension.School, VolumeDimension.Month } };
        var api = await (await host.ClientFor("fn.admin")).GetTrainingVolumeAsync(request);

        using var response = await (await host.HttpFor("fn.admin")).GetAsync("/api/v1/reporting/exports/training-volume.xlsx?fromMonth=2037-01&toMonth=2037-12&groupBy=school,month");
        await using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        workbook.GetSheetNames().ShouldBe(["培训量", "合计"]);
        var rows = workbook.Query(useHeaderRow: true, sheetName: "培训量").Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(api.Rows.Count);
        rows[0].Keys.ShouldBe(["学校", "层级", "月份", "培训类别", "培训方式", "班次", "场次", "培训人次", "学时"]);
        rows.Sum(r => Convert.ToInt32(r["培训人次"], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(api.Total.TraineeTimes);
    }

    [Fact]
    public async Task Instructor_use_exports_as_csv_with_a_chinese_header_row_and_one_line_per_instructor()
    {
        var teacher = new InstructorSnapshot
        {
            InstructorId = Guid.NewGuid(), HomeSchoolId = Guid.NewGuid(), HomeSchoolPath = "fy.fn", Name = "导出教师", Kind = InstructorKind.LocalExpert,
            Topics = ["特色种养"], SharedWith = SharingScope.County, MonthlyLoadLimit = 6, Retired = false, Version = 1,
        };
        var start = new DateTimeOffset(2044, 4, 8, 14, 0, 0, TimeSpan.FromHours(8));
        await host.PublishAsync([new InstructorRegistered(teacher, DateTimeOffset.UtcNow)], "InstructorRegisteredConsumer");
        await host.PublishAsync([new InstructorAssigned(new AssignmentSnapshot
        {
            AssignmentId = Guid.NewGuid(), InstructorId = teacher.InstructorId, HomeSchoolPath = "fy.fn", RequestingSchoolId = Guid.NewGuid(),
            RequestingSchoolPath = "fy.fn.wjb", StartsAt = start, EndsAt = start.AddHours(2), PlaceName = "田间课堂", AudienceSize = 30, ReferenceId = "",
        }, DateTimeOffset.UtcNow)], "InstructorAssignedConsumer");
        var api = await (await host.ClientFor("fy.admin")).GetInstructorUseAsync(new GetInstructorUseRequest { FromMonth = "2044-01", ToMonth = "2044-12", PageSize = 500 });

        var csv = await (await host.HttpFor("fy.admin")).GetByteArrayAsync("/api/v1/reporting/exports/instructor-use.csv?fromMonth=2044-01&toMonth=2044-12");
        var lines = Encoding.UTF8.GetString(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        csv.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        lines[0].TrimStart('\uFEFF').ShouldStartWith("姓名,类别,所在学校,授课场次,授课学时");
        lines.Length.ShouldBe(api.Instructors.Count + 1);
        lines[1].ShouldStartWith("导出教师,土专家,fy.fn,1,2");
    }

    [Fact]
    public async Task Outreach_exports_a_line_per_county_with_the_total_last_and_the_townships_with_nothing_delivered()
    {
        var wjb = new Township(await host.SchoolIdAsync("wjb"), "fy.fn.wjb");
        var story = new OutreachStories(2054).One(wjb, Outcome.Delivered);
        await host.PublishLatestFirstAsync(story.Events, duplicate: 0);
        var api = await (await host.ClientFor("fn.admin")).GetOutreachReportAsync(new GetOutreachReportRequest { FromMonth = "2054-01", ToMonth = "2054-12" });

        await using var workbook = new MemoryStream(await (await host.HttpFor("fn.admin")).GetByteArrayAsync("/api/v1/reporting/exports/outreach.xlsx?fromMonth=2054-01&toMonth=2054-12"));

        workbook.GetSheetNames().ShouldBe(["送教下基层", "未送教乡镇"]);
        var counties = workbook.Query(useHeaderRow: true, sheetName: "送教下基层").Cast<IDictionary<string, object>>().ToList();
        counties.Select(c => $"{c["县（市、区）"]} {c["申请"]} {c["已送教"]}").ShouldBe(["中共阜南县委党校 1 1", "合计 1 1"]);
        workbook.Query(useHeaderRow: true, sheetName: "未送教乡镇").Count().ShouldBe(api.TownshipsWithoutOutreach.Count);
    }

    [Fact]
    public async Task Evaluation_exports_results_the_heat_map_in_long_form_the_grade_distribution_and_rectifications()
    {
        var campaign = await new Campaigns(host, 5).FinalizedAsync(["fy.fn.wjb", "fy.fn.lc", "fy.lq.xt"]);
        await host.PublishAsync([campaign], "CampaignFinalizedConsumer");

        await using var workbook = new MemoryStream(await (await host.HttpFor("fn.admin")).GetByteArrayAsync($"/api/v1/reporting/exports/evaluation.xlsx?campaignId={campaign.CampaignId}"));

        workbook.GetSheetNames().ShouldBe(["评估结果", "指标得分", "等级分布", "整改"]);
        workbook.Query(useHeaderRow: true, sheetName: "评估结果").Cast<IDictionary<string, object>>().Select(r => r["路径"]).ShouldBe(
            campaign.Outcomes.Where(o => o.SchoolPath.StartsWith("fy.fn.", StringComparison.Ordinal)).OrderBy(o => o.Rank).ThenBy(o => o.SchoolPath, StringComparer.Ordinal).Select(o => (object)o.SchoolPath));
        workbook.Query(useHeaderRow: true, sheetName: "指标得分").Count().ShouldBe(2 * 6);
    }

    [Fact]
    public async Task Site_use_exports_each_kind_in_total_and_by_month_and_the_most_and_least_used_sites()
    {
        var site = SiteStories.Site("fy.fn", "导出教室", SiteKind.Classroom, SiteStories.Weekdays);
        await host.PublishAsync([new SiteRegistered(site, DateTimeOffset.UtcNow)], "SiteRegisteredConsumer");
        await host.PublishAsync([new SiteBooked(new SiteStories(2064).Booking(site, 2), DateTimeOffset.UtcNow)], "SiteBookedConsumer");

        await using var workbook = new MemoryStream(await (await host.HttpFor("fn.admin")).GetByteArrayAsync("/api/v1/reporting/exports/site-use.xlsx?fromMonth=2064-01&toMonth=2064-03"));

        workbook.GetSheetNames().ShouldBe(["场地类型", "使用最多", "使用最少"]);
        workbook.Query(useHeaderRow: true, sheetName: "场地类型").Cast<IDictionary<string, object>>().Select(r => $"{r["场地类型"]} {r["月份"]}")
            .ShouldBe(["教室 合计", "教室 2064-01", "教室 2064-02", "教室 2064-03"]);
        workbook.Query(useHeaderRow: true, sheetName: "使用最多").Cast<IDictionary<string, object>>().Single()["场地"].ShouldBe("导出教室");
    }

    [Fact]
    public async Task Coverage_exports_every_cadre_to_train_first_then_the_schools_and_units_and_as_csv_the_list()
    {
        var rosters = new Rosters(host, 6);
        await rosters.PublishAsync(await rosters.CadresAsync(25, "fy.js", "fy.js.gw"));
        var api = await (await host.ClientFor("fy.admin")).GetCoverageAsync(new GetCoverageRequest { Year = 2074, SchoolId = (await host.SchoolIdAsync("js")).ToString(), PageSize = 1 });
        var query = $"year=2074&schoolId={await host.SchoolIdAsync("js")}";

        await using var workbook = new MemoryStream(await (await host.HttpFor("fy.admin")).GetByteArrayAsync($"/api/v1/reporting/exports/coverage.xlsx?{query}"));
        var csv = Encoding.UTF8.GetString(await (await host.HttpFor("fy.admin")).GetByteArrayAsync($"/api/v1/reporting/exports/coverage.csv?{query}"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

        workbook.GetSheetNames().ShouldBe(["待培训学员", "学校", "单位"]);
        workbook.Query(useHeaderRow: true, sheetName: "待培训学员").Count().ShouldBe(api.GapCount);
        api.GapCount.ShouldBe(50);
        csv[0].TrimStart('\uFEFF').ShouldStartWith("姓名,单位,学校,职级,应修学时,已获学时,尚差学时,最近参训,多年未训");
        csv.Length.ShouldBe(api.GapCount + 1);
    }

    [Theory]
    [InlineData("fn.admin", "training-volume.xlsx?groupBy=weekday", HttpStatusCode.BadRequest, "group_by")]
    [InlineData("fn.admin", "training-volume.pdf", HttpStatusCode.BadRequest, "format")]
    [InlineData("fn.admin", "training-volume.xlsx?fromMonth=2037-13", HttpStatusCode.BadRequest, "from_month")]
    [InlineData("fn.admin", "attendance.csv", HttpStatusCode.BadRequest, "report")]
    public async Task A_bad_export_request_is_a_problem_naming_the_field(string userName, string path, HttpStatusCode status, string field)
    {
        using var response = await (await host.HttpFor(userName)).GetAsync($"/api/v1/reporting/exports/{path}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        response.StatusCode.ShouldBe(status);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_county_exporting_another_countys_school_is_refused()
    {
        var lq = await host.SchoolIdAsync("lq");

        using var response = await (await host.HttpFor("fn.admin")).GetAsync($"/api/v1/reporting/exports/training-volume.csv?schoolId={lq}");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
