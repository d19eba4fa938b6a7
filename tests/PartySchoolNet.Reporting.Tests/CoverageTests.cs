using Grpc.Core;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Reporting.Tests;

/// <summary>
/// Coverage and gaps from Enrollment's rosters and credits through the real broker. Cadres do not expire with a year, so each
/// test keeps to schools of its own county.
/// </summary>
public sealed class CoverageTests(ReportingHost host) : IClassFixture<ReportingHost>
{
    private static readonly string[] Yingshang = ["fy.ys", "fy.ys.sc", "fy.ys.xq"];

    [Fact]
    public async Task Each_schools_cadres_trained_met_short_and_not_trained_for_years_match_an_independent_count()
    {
        const int year = 2071;
        var rosters = new Rosters(host, 1);
        var cadres = await rosters.CadresAsync(12, Yingshang);
        var classes = new[]
        {
            rosters.Completed(cadres.Where((_, i) => i % 3 == 0).ToList(), year, 3), rosters.Completed(cadres.Where((_, i) => i % 4 == 1).ToList(), year, 6),
            rosters.Completed(cadres.Where((_, i) => i % 5 == 2).ToList(), year - 2, 9), rosters.Completed(cadres.Where((_, i) => i % 6 == 5).ToList(), year - 3, 9),
        };
        await host.PublishAsync(classes);
        await rosters.PublishAsync(cadres);

        var coverage = await CoverageAsync("fy.admin", year, "ys");

        var earned = cadres.ToDictionary(c => c.CadreId, c => classes.Where(k => k.Class.EndDate.Year == year).SelectMany(k => k.Trainees)
            .Where(t => t.CadreId == c.CadreId).Sum(t => t.CreditedHours));
        bool NotTrained(CadreSnapshot c) => !classes.Any(k => k.Class.EndDate.Year > year - 3 && k.Trainees.Any(t => t.CadreId == c.CadreId && t.CreditedHours > 0));
        string Expected(IEnumerable<CadreSnapshot> these)
        {
            var list = these.ToList();
            var met = list.Count(c => earned[c.CadreId] >= c.RequiredHours);
            return $"{list.Count} {(double)list.Sum(c => c.RequiredHours)} {(double)list.Sum(c => earned[c.CadreId])} {list.Count(c => earned[c.CadreId] > 0)} " +
                $"{met} {list.Count - met} {list.Count(NotTrained)}";
        }
        Text(coverage.Total).ShouldBe(Expected(cadres));
        coverage.Schools.Select(s => $"{s.SchoolPath} {Text(s.Figures)}").ShouldBe(Yingshang.Select(p => $"{p} {Expected(cadres.Where(c => c.SchoolPath == p))}"));
        coverage.Units.Select(u => $"{u.UnitName} {Text(u.Figures)}").Order(StringComparer.Ordinal).ShouldBe(cadres.Where(c => c.SchoolPath == "fy.ys")
            .GroupBy(c => c.UnitName).Select(g => $"{g.Key} {Expected(g)}").Order(StringComparer.Ordinal));
        var gaps = cadres.Where(c => earned[c.CadreId] < c.RequiredHours || NotTrained(c))
            .OrderByDescending(NotTrained).ThenByDescending(c => c.RequiredHours - earned[c.CadreId]).ThenBy(c => c.SchoolPath, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        coverage.GapCount.ShouldBe(gaps.Count);
        coverage.Gaps.Select(g => $"{g.Name} {g.ShortHours} {g.NotTrainedForYears}").ShouldBe(gaps.Select(c =>
            $"{c.Name} {(double)Math.Max(0, c.RequiredHours - earned[c.CadreId])} {NotTrained(c)}"));
    }

    [Fact]
    public async Task A_newer_roster_entry_wins_whatever_order_a_rebuild_gives_the_same_report_and_the_list_pages()
    {
        const int year = 2072;
        var rosters = new Rosters(host, 2);
        var cadres = await rosters.CadresAsync(30, "fy.th");
        var promoted = cadres[0] with { PositionLevel = PositionLevel.SectionHead, RequiredHours = 90, UpdatedAt = cadres[0].UpdatedAt.AddDays(1) };
        await rosters.PublishAsync([promoted]);
        await rosters.PublishAsync(cadres);
        await host.PublishAsync([rosters.Completed(cadres[..10], year, 5)]);
        var th = (await host.SchoolIdAsync("th")).ToString();
        var city = await host.ClientFor("fy.admin");
        var before = await city.GetCoverageAsync(new GetCoverageRequest { Year = year, SchoolId = th, PageSize = 20 });
        var second = await city.GetCoverageAsync(new GetCoverageRequest { Year = year, SchoolId = th, PageSize = 20, PageToken = before.NextPageToken });

        await (await host.ClientFor("fy.admin")).RebuildReportAsync(new RebuildReportRequest { Report = "coverage" });

        before.Gaps.Concat(second.Gaps).Select(g => g.CadreId).ShouldBeUnique();
        before.GapCount.ShouldBeGreaterThan(20);
        (before.Gaps.Count + second.Gaps.Count).ShouldBe(Math.Min(before.GapCount, 40));
        before.Total.RequiredHours.ShouldBe((double)cadres.Skip(1).Sum(c => c.RequiredHours) + 90);
        (await city.GetCoverageAsync(new GetCoverageRequest { Year = year, SchoolId = th, PageSize = 20 })).ShouldBe(before);
    }

    [Fact]
    public async Task A_cadre_moving_unit_and_credits_folded_after_a_report_show_in_the_next_one()
    {
        const int year = 2074;
        var rosters = new Rosters(host, 4);
        var cadres = await rosters.CadresAsync(6, "fy.yq");
        await rosters.PublishAsync(cadres);
        var before = await CoverageAsync("fy.admin", year, "yq");

        var moved = cadres[0] with { UnitId = cadres[1].UnitId, UnitName = cadres[1].UnitName, UpdatedAt = cadres[0].UpdatedAt.AddDays(1) };
        var trained = rosters.Completed(cadres[2..5], year, 6);
        await rosters.PublishAsync([moved]);
        await host.PublishAsync([trained]);
        var after = await CoverageAsync("fy.admin", year, "yq");

        before.Units.Select(u => $"{u.UnitName} {u.Figures.Cadres}")
            .ShouldBe([$"{cadres[0].UnitName} 3", $"{cadres[1].UnitName} 3"], ignoreOrder: true);
        after.Units.Select(u => $"{u.UnitName} {u.Figures.Cadres}")
            .ShouldBe([$"{cadres[0].UnitName} 2", $"{cadres[1].UnitName} 4"], ignoreOrder: true);
        after.Total.Trained.ShouldBe(trained.Trainees.Count(t => t.CreditedHours > 0));
        after.Total.EarnedHours.ShouldBe((double)trained.Trainees.Sum(t => t.CreditedHours));
        after.GapCount.ShouldBe(6 - trained.Trainees.Count(t => t.CreditedHours >= cadres.Single(c => c.CadreId == t.CadreId).RequiredHours));
    }

    [Fact]
    public async Task A_township_sees_its_own_cadres_a_county_its_townships_and_no_county_another_countys()
    {
        var rosters = new Rosters(host, 3);
        await rosters.PublishAsync(await rosters.CadresAsync(4, "fy.fn", "fy.fn.wjb", "fy.lq.xt"));

        var township = await CoverageAsync("wjb.admin", 2073);
        var county = await CoverageAsync("fn.admin", 2073);
        var refused = await (await host.ClientFor("fn.admin")).GetCoverageAsync(new GetCoverageRequest { SchoolId = (await host.SchoolIdAsync("lq")).ToString() })
            .ShouldFailWith(StatusCode.PermissionDenied);
        var bad = await (await host.ClientFor("fn.admin")).GetCoverageAsync(new GetCoverageRequest { NotTrainedYears = 11, PageSize = 5000 })
            .ShouldFailWith(StatusCode.InvalidArgument);

        township.Total.Cadres.ShouldBe(4);
        township.Units.Count.ShouldBe(2);
        county.Schools.Select(s => s.SchoolPath).ShouldBe(["fy.fn", "fy.fn.wjb"]);
        county.Gaps.ShouldAllBe(g => g.SchoolPath.StartsWith("fy.fn", StringComparison.Ordinal));
        refused.StatusCode.ShouldBe(StatusCode.PermissionDenied);
        bad.FieldViolations().Order(StringComparer.Ordinal).ShouldBe(["not_trained_years", "page_size"]);
    }

    private async Task<Contracts.Coverage> CoverageAsync(string userName, int year, string? schoolCode = null) =>
        await (await host.ClientFor(userName)).GetCoverageAsync(new GetCoverageRequest
        {
            Year = year, SchoolId = schoolCode is null ? "" : (await host.SchoolIdAsync(schoolCode)).ToString(), PageSize = 1000,
        });

    private static string Text(CoverageFigures f) =>
        $"{f.Cadres} {f.RequiredHours} {f.EarnedHours} {f.Trained} {f.Met} {f.ShortOfHours} {f.NotTrainedForYears}";
}
