using Grpc.Core;
using Google.Rpc;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.SiteResources.Tests.SiteResourcesHost;

namespace PartySchoolNet.SiteResources.Tests;

public sealed class BookingConcurrencyTests(SiteResourcesHost host) : IClassFixture<SiteResourcesHost>
{
    private static readonly string[] Bookers = ["fn.admin", "fn.dispatcher", "wjb.admin", "fy.admin"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_hundred_parallel_overlapping_bookings_of_one_site_leave_exactly_one_holding_the_time(bool cpuSaturated)
    {
        var site = await host.RegisterAsync("fn.admin", "fn", Details(cpuSaturated ? "满载并发预约测试教学点" : "并发预约测试教学点"));
        var day = host.FreshMonday();
        var clients = await Task.WhenAll(Bookers.Select(host.ClientFor));

        using var load = CpuLoad.When(cpuSaturated);
        var attempts = await Task.WhenAll(Enumerable.Range(0, 100).Select(async i =>
        {
            try
            {
                await clients[i % clients.Length].BookSiteAsync(Booking(site, At(day, 9, i % 50), At(day, 11, i % 50)));
                return (Booked: true, Reason: "");
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
            {
                return (Booked: false, Reason: ex.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
            }
        }));

        attempts.Count(a => a.Booked).ShouldBe(1);
        attempts.Where(a => !a.Booked).ShouldAllBe(a => a.Reason == "site_time_taken");
        (await host.CountAsync("bookings", $"site_id = '{site.SiteId}' AND status IN ('Pending', 'Confirmed')")).ShouldBe(1);
        (await host.CountAsync("outbox_messages", $"payload->'booking'->>'siteId' = '{site.SiteId}'")).ShouldBe(1);
    }

    [Fact]
    public async Task Back_to_back_bookings_both_succeed_because_one_ends_when_the_next_starts()
    {
        var site = await host.RegisterAsync("fn.admin", "fn", Details("首尾相接预约测试点"));
        var client = await host.ClientFor("fn.admin");
        var day = host.FreshMonday();

        var morning = await client.BookSiteAsync(Booking(site, At(day, 9), At(day, 11)));
        var next = await client.BookSiteAsync(Booking(site, At(day, 11), At(day, 13)));

        new[] { morning.Status, next.Status }.ShouldAllBe(s => s == BookingStatus.Confirmed);
    }

    [Fact]
    public async Task Cancelling_a_booking_frees_its_time_for_the_next_school()
    {
        var site = await host.RegisterAsync("fn.admin", "fn", Details("取消释放时段测试点"));
        var (fn, wjb) = (await host.ClientFor("fn.admin"), await host.ClientFor("wjb.admin"));
        var day = host.FreshMonday();
        var first = await fn.BookSiteAsync(Booking(site, At(day, 9), At(day, 12)));
        await wjb.BookSiteAsync(Booking(site, At(day, 10), At(day, 11))).ShouldFailWith(StatusCode.FailedPrecondition);

        var cancelled = await fn.CancelBookingAsync(new CancelBookingRequest { BookingId = first.BookingId, Reason = "计划调整" });
        var second = await wjb.BookSiteAsync(Booking(site, At(day, 10), At(day, 11)));

        cancelled.Status.ShouldBe(BookingStatus.Cancelled);
        second.Status.ShouldBe(BookingStatus.Confirmed);
        await fn.CancelBookingAsync(new CancelBookingRequest { BookingId = first.BookingId }).ShouldFailWith(StatusCode.FailedPrecondition);
    }

    [Fact]
    public async Task Twenty_concurrent_retries_of_one_request_id_make_one_booking_and_all_see_it()
    {
        var site = await host.RegisterAsync("fn.admin", "fn", Details("幂等预约测试点"));
        var client = await host.ClientFor("fn.dispatcher");
        var day = host.FreshMonday();
        var request = Booking(site, At(day, 14), At(day, 16));
        request.RequestId = $"outreach-{Guid.NewGuid():N}";

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.BookSiteAsync(request).ResponseAsync));

        replies.Select(r => r.BookingId).Distinct().Count().ShouldBe(1);
        (await host.CountAsync("bookings", $"site_id = '{site.SiteId}'")).ShouldBe(1);
    }
}
