using Grpc.Core;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Reporting.Tests;

/// <summary>Sites' use from SiteResources' facts through the real broker: booked against open hours, in any order, scoped.</summary>
public sealed class SiteUseTests(ReportingHost host) : IClassFixture<ReportingHost>
{
    [Fact]
    public async Task Hours_booked_against_open_per_kind_and_month_match_an_independent_count_and_cancelled_or_retired_ones_do_not_count()
    {
        const int year = 2061;
        var stories = new SiteStories(year);
        var sites = new[]
        {
            SiteStories.Site("fy.yz", "颍州区委党校教室", SiteKind.Classroom, SiteStories.Weekdays), SiteStories.Site("fy.yz.qh", "清河街道党校教室", SiteKind.Classroom, SiteStories.Weekdays),
            SiteStories.Site("fy.yz.gl", "鼓楼街道新时代文明实践所", SiteKind.PracticeStation, SiteStories.Weekends),
        };
        var retired = SiteStories.Site("fy.yz", "旧礼堂", SiteKind.Classroom, SiteStories.Weekdays, retired: true);
        var bookings = Enumerable.Range(0, 60).Select(i => (Site: sites[i % 3], Booking: stories.Booking(sites[i % 3], 1 + i % 4))).ToList();
        var cancelled = bookings.Where((_, i) => i % 7 == 0).ToList();
        await host.PublishAsync([.. cancelled.Select(b => new SiteBookingCancelled(b.Booking, "改期", DateTimeOffset.UtcNow))], "SiteBookingCancelledConsumer");
        await host.PublishAsync([.. bookings.Select(b => new SiteBooked(b.Booking, DateTimeOffset.UtcNow)), new SiteBooked(stories.Booking(retired, 1), DateTimeOffset.UtcNow)], "SiteBookedConsumer");
        await host.PublishAsync([.. sites.Append(retired).Select(s => new SiteRegistered(s, DateTimeOffset.UtcNow))], "SiteRegisteredConsumer");

        var use = await UseAsync("fy.admin", year, 1, 4, await host.SchoolIdAsync("yz"));

        var counted = bookings.Except(cancelled).ToList();
        string Expected(IEnumerable<SiteSnapshot> these, IEnumerable<int> months)
        {
            var (ids, monthSet) = (these.Select(s => s.SiteId).ToHashSet(), months.ToHashSet());
            var booked = counted.Where(b => ids.Contains(b.Site.SiteId) && monthSet.Contains(b.Booking.StartsAt.Month)).ToList();
            var open = these.Sum(s => monthSet.Sum(m => stories.OpenHours(s, m)));
            var hours = booked.Sum(b => (b.Booking.EndsAt - b.Booking.StartsAt).TotalHours);
            return Text(Math.Round(hours, 2), Math.Round(open, 2), Math.Round(hours / open, 4), booked.Count, booked.Sum(b => b.Booking.AudienceSize));
        }
        var allMonths = Enumerable.Range(1, 4).ToList();
        Text(use.Total).ShouldBe(Expected(sites, allMonths));
        use.SiteCount.ShouldBe(3);
        use.Months.Select(m => Text(m.Hours)).ShouldBe(allMonths.Select(m => Expected(sites, [m])));
        use.Kinds.Select(k => $"{k.KindLabel} {k.Sites} {Text(k.Hours)}").Order(StringComparer.Ordinal).ShouldBe(new[]
        {
            $"教室 2 {Expected(sites[..2], allMonths)}", $"新时代文明实践所（站） 1 {Expected(sites[2..], allMonths)}",
        }.Order(StringComparer.Ordinal));
        use.MostUsed.Select(s => s.Name).ShouldBe(sites.OrderByDescending(s => double.Parse(Expected([s], allMonths).Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture))
            .Select(s => s.Name));
        use.LeastUsed.Select(s => s.Name).ShouldBe(use.MostUsed.Select(s => s.Name).Reverse());
    }

    [Fact]
    public async Task An_older_snapshot_arriving_late_does_not_undo_new_opening_hours_and_a_rebuild_gives_the_same_figures()
    {
        const int year = 2062;
        var first = SiteStories.Site("fy.yd", "改时教室", SiteKind.Classroom, SiteStories.Weekdays);
        var changed = first with { OpeningHours = SiteStories.Weekends, Version = 2 };
        await host.PublishAsync([new SiteChanged(changed, DateTimeOffset.UtcNow)], "SiteChangedConsumer");
        await host.PublishAsync([new SiteRegistered(first, DateTimeOffset.UtcNow)], "SiteRegisteredConsumer");
        await host.PublishAsync([new SiteBooked(new SiteStories(year).Booking(changed, 3), DateTimeOffset.UtcNow)], "SiteBookedConsumer");
        var yd = await host.SchoolIdAsync("yd");
        var before = await UseAsync("fy.admin", year, 3, 3, yd);

        await (await host.ClientFor("fy.admin")).RebuildReportAsync(new RebuildReportRequest { Report = "site_use" });

        before.Total.OpenHours.ShouldBe(new SiteStories(year).OpenHours(changed, 3));
        (await UseAsync("fy.admin", year, 3, 3, yd)).ShouldBe(before);
    }

    [Fact]
    public async Task A_township_sees_its_own_sites_a_county_its_townships_too_and_no_county_another_countys()
    {
        const int year = 2063;
        var stories = new SiteStories(year);
        var sites = new[]
        {
            SiteStories.Site("fy.fn", "县党校教室", SiteKind.Classroom, SiteStories.Weekdays), SiteStories.Site("fy.fn.wjb", "镇文化站", SiteKind.CultureStation, SiteStories.Weekends),
            SiteStories.Site("fy.lq", "邻县教室", SiteKind.Classroom, SiteStories.Weekdays),
        };
        await host.PublishAsync([.. sites.Select(s => new SiteRegistered(s, DateTimeOffset.UtcNow))], "SiteRegisteredConsumer");
        await host.PublishAsync([.. sites.Select(s => new SiteBooked(stories.Booking(s, 5), DateTimeOffset.UtcNow))], "SiteBookedConsumer");

        var township = await UseAsync("wjb.admin", year, 5, 5);
        var county = await UseAsync("fn.admin", year, 5, 5);
        var lq = await host.SchoolIdAsync("lq");
        var refused = await (await host.ClientFor("fn.admin")).GetSiteUseAsync(new GetSiteUseRequest { SchoolId = lq.ToString() }).ShouldFailWith(StatusCode.PermissionDenied);
        var badTop = await (await host.ClientFor("fn.admin")).GetSiteUseAsync(new GetSiteUseRequest { Top = 1000 }).ShouldFailWith(StatusCode.InvalidArgument);

        township.MostUsed.Select(s => s.Name).ShouldBe(["镇文化站"]);
        county.MostUsed.Select(s => s.Name).Order(StringComparer.Ordinal).ShouldBe(["县党校教室", "镇文化站"]);
        county.Total.Bookings.ShouldBe(2);
        refused.StatusCode.ShouldBe(StatusCode.PermissionDenied);
        badTop.FieldViolations().ShouldBe(["top"]);
    }

    [Fact]
    public async Task A_cancellation_folded_after_a_report_shows_in_the_next_one()
    {
        const int year = 2064;
        var stories = new SiteStories(year);
        var site = SiteStories.Site("fy.js", "界首市委党校报告厅", SiteKind.Classroom, SiteStories.Weekdays);
        await host.PublishAsync([new SiteRegistered(site, DateTimeOffset.UtcNow)], "SiteRegisteredConsumer");
        var bookings = new[] { stories.Booking(site, 2), stories.Booking(site, 2), stories.Booking(site, 3) };
        await host.PublishAsync([.. bookings.Select(b => new SiteBooked(b, DateTimeOffset.UtcNow))], "SiteBookedConsumer");
        var js = await host.SchoolIdAsync("js");

        var before = await UseAsync("fy.admin", year, 1, 12, js);
        await host.PublishAsync([new SiteBookingCancelled(bookings[0], "改期", DateTimeOffset.UtcNow)], "SiteBookingCancelledConsumer");
        var after = await UseAsync("fy.admin", year, 1, 12, js);

        double Hours(params BookingSnapshot[] these) => Math.Round(these.Sum(b => (b.EndsAt - b.StartsAt).TotalHours), 2);
        (before.Total.Bookings, before.Total.BookedHours).ShouldBe((3, Hours(bookings)));
        (after.Total.Bookings, after.Total.BookedHours).ShouldBe((2, Hours(bookings[1..])));
        after.Months.Single(m => m.Month == $"{year}-02").Hours.Bookings.ShouldBe(1);
    }

    /// <summary>The use of the sites in the user's scope, or under one school (each test owns its sites' schools: sites do not expire with a year).</summary>
    private async Task<Contracts.SiteUse> UseAsync(string userName, int year, int fromMonth, int toMonth, Guid? under = null) =>
        await (await host.ClientFor(userName)).GetSiteUseAsync(new GetSiteUseRequest
        {
            FromMonth = $"{year}-{fromMonth:00}", ToMonth = $"{year}-{toMonth:00}", SchoolId = under?.ToString() ?? "",
        });

    private static string Text(SiteHours h) => Text(h.BookedHours, h.OpenHours, h.Rate, h.Bookings, h.Audience);

    private static string Text(double booked, double open, double rate, int bookings, int audience) =>
        FormattableString.Invariant($"{booked} {open} {rate} {bookings} {audience}");
}
