using System.Net;
using Google.Rpc;
using Grpc.Core;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.SiteResources.Tests.SiteResourcesHost;

namespace PartySchoolNet.SiteResources.Tests;

/// <summary>
/// How a call fails when the database does: a deadlock is retried as a whole without doubling anything, a conflict that
/// never clears is a retryable refusal, and an unexpected failure is a generic message with an error number, never the exception.
/// The faults are real PostgreSQL errors raised by a trigger on the bookings table.
/// </summary>
public sealed class FailureHandlingTests(SiteResourcesHost host) : IClassFixture<SiteResourcesHost>
{
    [Fact]
    public async Task A_booking_whose_first_attempts_deadlock_is_stored_once_with_one_event()
    {
        var site = await host.RegisterAsync("fn.admin", "fn", Details("死锁重试测试点"));
        var client = await host.ClientFor("fn.admin");
        var day = host.FreshMonday();
        await using var fault = await BookingFault.RaiseAsync(host, "40P01", times: 2);

        var booking = await client.BookSiteAsync(Booking(site, At(day, 9), At(day, 11)));

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        (await fault.RaisedAsync()).ShouldBe(3); // two deadlocks, then the attempt that went through
        (await host.CountAsync("bookings", $"site_id = '{site.SiteId}'")).ShouldBe(1);
        (await host.CountAsync("outbox_messages", $"payload->'booking'->>'siteId' = '{site.SiteId}'")).ShouldBe(1);
    }

    [Fact]
    public async Task A_conflict_that_never_clears_is_refused_as_aborted_with_a_retry_hint_and_nothing_stored()
    {
        var site = await host.RegisterAsync("fn.admin", "fn", Details("持续冲突测试点"));
        var client = await host.ClientFor("fn.admin");
        var day = host.FreshMonday();
        await using var fault = await BookingFault.RaiseAsync(host, "40001", times: 1000);

        var refused = await client.BookSiteAsync(Booking(site, At(day, 9), At(day, 11))).ShouldFailWith(StatusCode.Aborted);

        var status = refused.GetRpcStatus()!;
        status.GetDetail<ErrorInfo>().Reason.ShouldBe("write_conflict");
        status.GetDetail<RetryInfo>().ShouldNotBeNull();
        refused.Status.Detail.ShouldContain("请稍后再试");
        (await host.CountAsync("bookings", $"site_id = '{site.SiteId}'")).ShouldBe(0);
        (await host.CountAsync("outbox_messages", $"payload->'booking'->>'siteId' = '{site.SiteId}'")).ShouldBe(0);
    }

    [Fact]
    public async Task An_unexpected_failure_reaches_the_caller_as_internal_with_an_error_number_that_is_on_the_log_line()
    {
        var site = await host.RegisterAsync("fn.admin", "fn", Details("意外故障测试点"));
        var client = await host.ClientFor("fn.admin");
        var http = await host.HttpFor("fn.admin");
        var day = host.FreshMonday();
        await using var fault = await BookingFault.RaiseAsync(host, "XX000", times: 1000, message: "secret internal detail");

        var grpc = await client.BookSiteAsync(Booking(site, At(day, 9), At(day, 11))).ShouldFailWith(StatusCode.Internal);
        var json = await http.PostAsync($"/api/v1/site-resources/sites/{site.SiteId}/bookings", ProtoJson.Of(Booking(site, At(day, 13), At(day, 15))));

        var errorId = grpc.GetRpcStatus()!.GetDetail<ErrorInfo>().Metadata["error_id"];
        errorId.ShouldNotBeNullOrWhiteSpace();
        grpc.Status.Detail.ShouldBe($"系统内部错误，请稍后重试；如需反馈，请提供错误编号：{errorId}");
        host.Problems.Lines.ShouldContain(line => line.Contains(errorId) && line.Contains("secret internal detail"));
        json.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var body = await json.Content.ReadAsStringAsync();
        body.ShouldContain("错误编号");
        body.ShouldNotContain("secret internal detail");
        body.ShouldNotContain("Exception");
    }
}
