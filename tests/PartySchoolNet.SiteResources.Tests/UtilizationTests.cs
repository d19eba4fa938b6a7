using System.Globalization;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.SiteResources.Tests.SiteResourcesHost;

namespace PartySchoolNet.SiteResources.Tests;

public sealed class UtilizationTests(DemoCatalogueHost host) : IClassFixture<DemoCatalogueHost>
{
    [Fact]
    public async Task A_month_s_rate_is_confirmed_hours_over_the_hours_the_site_was_open()
    {
        var details = Details("利用率测试点", SharingScope.County, approval: true);
        details.OpeningHours.Clear();
        details.OpeningHours.AddRange(Enumerable.Range(1, 5).Select(d => new OpeningWindow { Weekday = d, Opens = "08:00", Closes = "12:00" }));
        var site = await host.RegisterAsync("fn.admin", "fn", details);
        var (fn, wjb) = (await host.ClientFor("fn.admin"), await host.ClientFor("wjb.admin"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(2);
        var weekdays = Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month)).Select(month.AddDays)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();

        foreach (var day in weekdays.Take(3))
        {
            await fn.BookSiteAsync(Booking(site, At(day, 8), At(day, 10)));
        }
        var cancelled = await fn.BookSiteAsync(Booking(site, At(weekdays[3], 8), At(weekdays[3], 11)));
        await fn.CancelBookingAsync(new CancelBookingRequest { BookingId = cancelled.BookingId });
        (await wjb.BookSiteAsync(Booking(site, At(weekdays[4], 9), At(weekdays[4], 12)))).Status.ShouldBe(BookingStatus.Pending);

        var label = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var report = await fn.ListSiteUtilizationAsync(new ListSiteUtilizationRequest { FromMonth = label, ToMonth = label, SiteId = site.SiteId });

        var row = report.Rows.ShouldHaveSingleItem();
        row.Month.ShouldBe(label);
        row.BookedHours.ShouldBe(6);
        row.OpenHours.ShouldBe(4 * weekdays.Count);
        row.Rate.ShouldBe(Math.Round(6.0 / (4 * weekdays.Count), 4));
    }

    [Fact]
    public async Task A_township_s_report_covers_its_own_sites_month_by_month()
    {
        var wjb = await host.ClientFor("wjb.admin");
        var owned = await host.CountAsync("sites", "owner_path = 'fy.fn.wjb'");

        var report = await wjb.ListSiteUtilizationAsync(new ListSiteUtilizationRequest { FromMonth = "2026-01", ToMonth = "2026-03", PageSize = 200 });

        report.TotalSites.ShouldBe((int)owned);
        report.Rows.Count.ShouldBe((int)owned * 3);
        report.Rows.ShouldAllBe(r => r.Rate >= 0 && r.Rate <= 1 && r.BookedHours <= r.OpenHours);
    }

    [Fact]
    public async Task Every_demo_site_and_confirmed_session_is_announced_once_with_its_opening_hours_so_reports_have_the_demos_use()
    {
        var wrongSites = await TestInfrastructure.ScalarAsync<long>(host.ConnectionString, """
            WITH announced AS (
                SELECT (payload->'site'->>'siteId')::uuid AS id, count(*) AS times, max(jsonb_array_length(payload->'site'->'openingHours')) AS windows
                FROM outbox_messages WHERE message_type LIKE '%SiteRegistered%' GROUP BY 1)
            SELECT count(*) FROM sites s FULL JOIN announced a ON a.id = s.id
            WHERE a.times IS DISTINCT FROM 1 OR s.id IS NULL OR a.windows <> (SELECT count(*) FROM site_opening_hours w WHERE w.site_id = s.id)
            """);
        var wrongSessions = await TestInfrastructure.ScalarAsync<long>(host.ConnectionString, """
            WITH announced AS (
                SELECT (payload->'booking'->>'bookingId')::uuid AS id, count(*) AS times FROM outbox_messages WHERE message_type LIKE '%SiteBooked%' GROUP BY 1)
            SELECT count(*) FROM bookings b LEFT JOIN announced a ON a.id = b.id WHERE b.requested_by = '演示数据' AND a.times IS DISTINCT FROM 1
            """);

        wrongSites.ShouldBe(0);
        wrongSessions.ShouldBe(0);
        (await host.CountAsync("outbox_messages", "message_type LIKE '%SiteBooked%'")).ShouldBeGreaterThan(10_000);
    }
}
