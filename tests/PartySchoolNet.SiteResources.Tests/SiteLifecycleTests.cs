using Grpc.Core;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.SiteResources.Tests.SiteResourcesHost;

namespace PartySchoolNet.SiteResources.Tests;

public sealed class SiteLifecycleTests(SiteResourcesHost host) : IClassFixture<SiteResourcesHost>
{
    [Fact]
    public async Task A_retired_site_leaves_search_and_refuses_bookings_but_keeps_those_already_made()
    {
        var details = Details("即将停用的教学点", latitude: 31.2, longitude: 119.2);
        var site = await host.RegisterAsync("fn.admin", "fn", details);
        var (fn, wjb) = (await host.ClientFor("fn.admin"), await host.ClientFor("wjb.admin"));
        var day = host.FreshMonday();
        var kept = await wjb.BookSiteAsync(Booking(site, At(day, 9), At(day, 10)));
        details.Retired = true;

        var retired = await fn.UpdateSiteAsync(new UpdateSiteRequest { SiteId = site.SiteId, ExpectedVersion = site.Version, Details = details });
        var ex = await wjb.BookSiteAsync(Booking(site, At(day, 14), At(day, 15))).ShouldFailWith(StatusCode.FailedPrecondition);
        var found = await wjb.SearchSitesAsync(new SearchSitesRequest { Near = site.Location, MaxDistanceKm = 1 });

        retired.Retired.ShouldBeTrue();
        ex.Status.Detail.ShouldBe("该场地已停用，不能预约");
        found.Sites.ShouldNotContain(m => m.Site.SiteId == site.SiteId);
        (await wjb.GetBookingAsync(new GetBookingRequest { BookingId = kept.BookingId })).Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public async Task A_stale_version_cannot_overwrite_a_newer_change()
    {
        var site = await host.RegisterAsync("fn.admin", "fn", Details("版本保护测试点"));
        var client = await host.ClientFor("fn.admin");
        var first = Details("版本保护测试点");
        first.Capacity = 120;
        await client.UpdateSiteAsync(new UpdateSiteRequest { SiteId = site.SiteId, ExpectedVersion = site.Version, Details = first });

        await client.UpdateSiteAsync(new UpdateSiteRequest { SiteId = site.SiteId, ExpectedVersion = site.Version, Details = Details("版本保护测试点") })
            .ShouldFailWith(StatusCode.FailedPrecondition);
        (await client.GetSiteAsync(new GetSiteRequest { SiteId = site.SiteId })).Capacity.ShouldBe(120);
    }

    [Fact]
    public async Task A_township_sees_when_a_shared_site_is_taken_but_not_by_whom()
    {
        var site = await host.RegisterAsync("fn.admin", "fn", Details("日历测试教学点", SharingScope.County));
        var (fn, wjb) = (await host.ClientFor("fn.admin"), await host.ClientFor("wjb.admin"));
        var day = host.FreshMonday();
        var byCounty = await fn.BookSiteAsync(Booking(site, At(day, 9), At(day, 11)));
        var cancelled = await fn.BookSiteAsync(Booking(site, At(day, 14), At(day, 15)));
        await fn.CancelBookingAsync(new CancelBookingRequest { BookingId = cancelled.BookingId });

        var calendar = await wjb.GetSiteAvailabilityAsync(new GetSiteAvailabilityRequest { SiteId = site.SiteId, From = At(day, 0), Until = At(day.AddDays(1), 0) });

        var busy = calendar.Busy.ShouldHaveSingleItem();
        (busy.StartTime, busy.EndTime, busy.Status).ShouldBe((byCounty.StartTime, byCounty.EndTime, BookingStatus.Confirmed));
        calendar.OpeningHours.Count.ShouldBe(7);
        await wjb.GetBookingAsync(new GetBookingRequest { BookingId = byCounty.BookingId }).ShouldFailWith(StatusCode.PermissionDenied);
        await wjb.GetSiteAvailabilityAsync(new GetSiteAvailabilityRequest { SiteId = site.SiteId, From = At(day, 0), Until = At(day.AddDays(40), 0) })
            .ShouldFailWith(StatusCode.InvalidArgument);
    }
}
