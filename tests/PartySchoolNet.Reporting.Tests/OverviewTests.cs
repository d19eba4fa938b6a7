using System.Net;
using MiniExcelLibs;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.SiteResources.Contracts;
using Shouldly;
using SharingScope = PartySchoolNet.FacultyPool.Contracts.SharingScope;

namespace PartySchoolNet.Reporting.Tests;

/// <summary>The one-page overview: each headline is its report's own figure for the same year and scope.</summary>
public sealed class OverviewTests(ReportingHost host) : IClassFixture<ReportingHost>
{
    private const int Year = 2081;
    private static readonly string[] Borrowers = ["fy.fn", "fy.lq"];

    [Fact]
    public async Task Every_headline_equals_its_reports_figure_for_the_county_and_the_township_sees_its_own()
    {
        await PublishYearAsync();

        foreach (var user in new[] { "fn.admin", "wjb.admin" })
        {
            var client = await host.ClientFor(user);
            var overview = await client.GetOverviewAsync(new GetOverviewRequest { Year = Year });
            var (from, to) = ($"{Year}-01", $"{Year}-12");
            var volume = await client.GetTrainingVolumeAsync(new GetTrainingVolumeRequest { FromMonth = from, ToMonth = to });
            var coverage = await client.GetCoverageAsync(new GetCoverageRequest { Year = Year });
            var instructors = await client.GetInstructorUseAsync(new GetInstructorUseRequest { FromMonth = from, ToMonth = to });
            var sites = await client.GetSiteUseAsync(new GetSiteUseRequest { FromMonth = from, ToMonth = to });
            var outreach = await client.GetOutreachReportAsync(new GetOutreachReportRequest { FromMonth = from, ToMonth = to });
            var evaluation = await client.GetEvaluationResultsAsync(new GetEvaluationResultsRequest());

            overview.ToMonth.ShouldBe(to);
            overview.Training.ShouldBe(volume.Total);
            overview.Coverage.ShouldBe(coverage.Total);
            overview.Taught.Sessions.ShouldBe(instructors.Instructors.Sum(i => i.Taught.Sessions));
            overview.Lent.Sessions.ShouldBe(instructors.Instructors.Sum(i => i.Lent.Sessions));
            overview.Sites.ShouldBe(sites.Total);
            overview.Outreach.ShouldBe(outreach.Total);
            overview.LatestCampaign.ShouldBe(evaluation.Selected);
        }
        var county = await (await host.ClientFor("fn.admin")).GetOverviewAsync(new GetOverviewRequest { Year = Year });
        county.Training.Classes.ShouldBe(7);
        county.Coverage.Cadres.ShouldBe(12);
        county.Sites.BookedHours.ShouldBeGreaterThan(0);
        county.Outreach.Delivered.ShouldBe(1);
        county.LatestCampaign.Schools.ShouldBe(2);
        (county.CountySchools, county.TownshipSchools).ShouldBe((1, (int)await host.CountAsync("schools", "path LIKE 'fy.fn.%'")));
        county.Taught.Sessions.ShouldBe(2);
        county.Lent.Sessions.ShouldBe(1);
    }

    [Fact]
    public async Task The_overview_exports_as_one_sheet_of_headlines()
    {
        using var response = await (await host.HttpFor("fn.admin")).GetAsync($"/api/v1/reporting/exports/overview.xlsx?year={Year}");
        await using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        workbook.GetSheetNames().ShouldBe(["概览"]);
        workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().First().Keys.ShouldBe(["板块", "指标", "数值"]);
    }

    /// <summary>A little of everything at 阜南 and 王家坝, and a lending to 临泉.</summary>
    private async Task PublishYearAsync()
    {
        var completions = new Completions(host, Year);
        await host.PublishAsync(await completions.ManyAsync(6, "fy.fn", "fy.fn.wjb"));

        var rosters = new Rosters(host, Year);
        var cadres = await rosters.CadresAsync(6, "fy.fn", "fy.fn.wjb");
        await rosters.PublishAsync(cadres);
        await host.PublishAsync([rosters.Completed(cadres[..4], Year, 4)]);

        var teacher = new InstructorSnapshot
        {
            InstructorId = Guid.NewGuid(), HomeSchoolId = Guid.NewGuid(), HomeSchoolPath = "fy.fn.wjb", Name = "概览教师", Kind = InstructorKind.TownshipLeader,
            Topics = ["基层治理"], SharedWith = SharingScope.City, MonthlyLoadLimit = 6, Retired = false, Version = 1,
        };
        await host.PublishAsync([new InstructorRegistered(teacher, DateTimeOffset.UtcNow)], "InstructorRegisteredConsumer");
        await host.PublishAsync([.. Borrowers.Select((path, i) =>
        {
            var start = new DateTimeOffset(Year, 3 + i, 12, 9, 0, 0, TimeSpan.FromHours(8));
            return new InstructorAssigned(new AssignmentSnapshot
            {
                AssignmentId = Guid.NewGuid(), InstructorId = teacher.InstructorId, HomeSchoolPath = teacher.HomeSchoolPath, RequestingSchoolId = Guid.NewGuid(),
                RequestingSchoolPath = path, StartsAt = start, EndsAt = start.AddHours(2), PlaceName = "会议室", AudienceSize = 40, ReferenceId = "",
            }, DateTimeOffset.UtcNow);
        })], "InstructorAssignedConsumer");

        var site = SiteStories.Site("fy.fn.wjb", "概览实践所", SiteKind.PracticeStation, SiteStories.Weekends);
        await host.PublishAsync([new SiteRegistered(site, DateTimeOffset.UtcNow)], "SiteRegisteredConsumer");
        await host.PublishAsync([new SiteBooked(new SiteStories(Year).Booking(site, 5), DateTimeOffset.UtcNow)], "SiteBookedConsumer");

        var wjb = new Township(await host.SchoolIdAsync("wjb"), "fy.fn.wjb");
        await host.PublishLatestFirstAsync(new OutreachStories(Year).One(wjb, Outcome.Delivered).Events, duplicate: 0);

        await host.PublishAsync([await new Campaigns(host, Year).FinalizedAsync(["fy.fn.wjb", "fy.fn.lc", "fy.lq.xt"])], "CampaignFinalizedConsumer");
    }
}
