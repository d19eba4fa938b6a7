using Grpc.Core;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Reporting.Tests;

/// <summary>送教下基层 per county from Enrollment's outreach events through the real broker, in any order and more than once.</summary>
public sealed class OutreachReportTests(ReportingHost host) : IClassFixture<ReportingHost>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task Each_countys_requests_outcomes_and_stage_times_match_an_independent_count_whatever_order_the_events_arrive_in()
    {
        var townships = await TownshipsAsync("fy.fn.wjb", "fy.fn.lc", "fy.fn.fj", "fy.lq.xt", "fy.lq.tq");
        var stories = new OutreachStories(2051);
        var requests = Enumerable.Range(0, 60).Select(i => stories.One(townships[i % townships.Count])).ToList();
        var events = requests.SelectMany(r => r.Events).ToList();
        await host.PublishLatestFirstAsync(events, duplicate: 5);

        var report = await ReportAsync("fy.admin", 2051);

        report.Counties.Select(c => c.CountyPath).ShouldBe(["fy.fn", "fy.lq"]);
        foreach (var county in report.Counties)
        {
            Text(county.Figures).ShouldBe(Text(Expected(requests.Where(r => r.Township.Path.StartsWith(county.CountyPath + ".", StringComparison.Ordinal)).ToList())));
        }
        Text(report.Total).ShouldBe(Text(Expected(requests)));
        report.Counties.Single(c => c.CountyPath == "fy.fn").CountyName.ShouldBe("中共阜南县委党校");
    }

    [Fact]
    public async Task Townships_with_nothing_delivered_are_listed_and_a_rebuild_gives_the_same_report()
    {
        var (wjb, lc) = ((await TownshipsAsync("fy.fn.wjb")).Single(), (await TownshipsAsync("fy.fn.lc")).Single());
        var stories = new OutreachStories(2052);
        var delivered = stories.One(wjb, Outcome.Delivered);
        var declined = stories.One(lc, Outcome.Declined);
        await host.PublishLatestFirstAsync([.. delivered.Events, .. declined.Events], duplicate: 0);
        var before = await ReportAsync("fn.admin", 2052);

        await (await host.ClientFor("fy.admin")).RebuildReportAsync(new RebuildReportRequest { Report = "outreach" });

        before.TownshipCount.ShouldBe((int)await host.CountAsync("schools", "path LIKE 'fy.fn.%' AND tier = 'Township'"));
        before.TownshipsWithoutOutreach.Select(t => t.Path).ShouldNotContain("fy.fn.wjb");
        before.TownshipsWithoutOutreach.Single(t => t.Path == "fy.fn.lc").Requested.ShouldBe(1);
        before.TownshipsWithoutOutreach.Count.ShouldBe(before.TownshipCount - 1);
        (await ReportAsync("fn.admin", 2052)).ShouldBe(before);
    }

    [Fact]
    public async Task A_township_sees_its_own_requests_a_county_its_townships_and_no_county_another_countys()
    {
        var (wjb, lc, xt) = ((await TownshipsAsync("fy.fn.wjb")).Single(), (await TownshipsAsync("fy.fn.lc")).Single(), (await TownshipsAsync("fy.lq.xt")).Single());
        var stories = new OutreachStories(2053);
        await host.PublishLatestFirstAsync([.. stories.One(wjb).Events, .. stories.One(lc).Events, .. stories.One(xt).Events], duplicate: 0);

        var township = await ReportAsync("wjb.admin", 2053);
        var county = await ReportAsync("fn.admin", 2053);
        var city = await ReportAsync("fy.admin", 2053);
        var lq = await host.SchoolIdAsync("lq");
        var refused = await Should.ThrowAsync<RpcException>(async () => await (await host.ClientFor("fn.admin")).GetOutreachReportAsync(
            new GetOutreachReportRequest { FromMonth = "2053-01", ToMonth = "2053-12", SchoolId = lq.ToString() }));
        var backwards = await (await host.ClientFor("fy.admin")).GetOutreachReportAsync(new GetOutreachReportRequest { FromMonth = "2053-05", ToMonth = "2053-01" })
            .ShouldFailWith(StatusCode.InvalidArgument);

        township.Total.Requested.ShouldBe(1);
        township.TownshipCount.ShouldBe(1);
        county.Total.Requested.ShouldBe(2);
        city.Total.Requested.ShouldBe(3);
        refused.StatusCode.ShouldBe(StatusCode.PermissionDenied);
        backwards.FieldViolations().ShouldBe(["to_month"]);
    }

    private async Task<List<Township>> TownshipsAsync(params string[] paths)
    {
        var townships = new List<Township>();
        foreach (var path in paths)
        {
            townships.Add(new Township(await host.SchoolIdAsync(path.Split('.').Last()), path));
        }
        return townships;
    }

    private async Task<OutreachReport> ReportAsync(string userName, int year) =>
        await (await host.ClientFor(userName)).GetOutreachReportAsync(new GetOutreachReportRequest { FromMonth = $"{year}-01", ToMonth = $"{year}-12" });

    /// <summary>The figures computed here from the stories, as the report should: nearest-rank percentiles, withdrawn left out of the rate.</summary>
    private static OutreachFigures Expected(List<OutreachStory> requests)
    {
        int Count(Outcome outcome) => requests.Count(r => r.Outcome == outcome);
        var kept = requests.Count - Count(Outcome.Withdrawn);
        var delivered = requests.Where(r => r.Outcome == Outcome.Delivered).ToList();
        return new OutreachFigures
        {
            Requested = requests.Count, Delivered = delivered.Count, Declined = Count(Outcome.Declined), Withdrawn = Count(Outcome.Withdrawn),
            Open = Count(Outcome.Open), DeliveryRate = kept == 0 ? 0 : Math.Round((double)delivered.Count / kept, 4),
            Attendance = delivered.Sum(r => r.Attendance), DeliveredHours = (double)delivered.Sum(r => r.Hours),
            ToApproval = Stage(requests.Select(r => r.ApprovedAt - r.RequestedAt)), ToSchedule = Stage(requests.Select(r => r.ScheduledAt - r.ApprovedAt)),
            ToDelivery = Stage(requests.Select(r => r.DeliveredAt - r.ScheduledAt)), Overall = Stage(requests.Select(r => r.DeliveredAt - r.RequestedAt)),
        };
    }

    private static StageHours Stage(IEnumerable<TimeSpan?> spans)
    {
        var hours = spans.OfType<TimeSpan>().Select(s => s.TotalHours).Order().ToList();
        double Rank(double share) => hours[(int)Math.Ceiling(share * hours.Count) - 1];
        return hours.Count == 0 ? new StageHours() : new StageHours { Count = hours.Count, MedianHours = Math.Round(Rank(0.5), 1), P90Hours = Math.Round(Rank(0.9), 1) };
    }

    private static string Text(OutreachFigures f) =>
        $"{f.Requested} req {f.Delivered} del {f.Declined} dec {f.Withdrawn} wd {f.Open} open rate {f.DeliveryRate} att {f.Attendance} h {f.DeliveredHours} " +
        $"| {f.ToApproval} | {f.ToSchedule} | {f.ToDelivery} | {f.Overall}";
}
