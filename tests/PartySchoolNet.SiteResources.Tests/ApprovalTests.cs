using Grpc.Core;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.SiteResources.Tests.SiteResourcesHost;

namespace PartySchoolNet.SiteResources.Tests;

/// <summary>A site 阜南 shares with its townships, each booking from another school waiting for 阜南's approval.</summary>
public sealed class ApprovalTests(SiteResourcesHost host) : IClassFixture<SiteResourcesHost>
{
    private async Task<Site> ApprovalSiteAsync(string name) => await host.RegisterAsync("fn.admin", "fn", Details(name, SharingScope.County, approval: true));

    [Fact]
    public async Task Another_school_s_booking_waits_holding_the_time_until_the_owner_approves()
    {
        var site = await ApprovalSiteAsync("需审批的县级教学点");
        var (wjb, fn) = (await host.ClientFor("wjb.admin"), await host.ClientFor("fn.admin"));
        var day = host.FreshMonday();

        var pending = await wjb.BookSiteAsync(Booking(site, At(day, 9), At(day, 11)));
        await fn.BookSiteAsync(Booking(site, At(day, 10), At(day, 12))).ShouldFailWith(StatusCode.FailedPrecondition);
        await wjb.ApproveBookingAsync(new ApproveBookingRequest { BookingId = pending.BookingId }).ShouldFailWith(StatusCode.PermissionDenied);
        var approved = await fn.ApproveBookingAsync(new ApproveBookingRequest { BookingId = pending.BookingId, Note = "同意，请提前联系讲解员" });

        pending.Status.ShouldBe(BookingStatus.Pending);
        approved.Status.ShouldBe(BookingStatus.Confirmed);
        approved.DecisionNote.ShouldBe("同意，请提前联系讲解员");
        (await host.CountAsync("outbox_messages", $"message_type LIKE '%SiteBookingRequested%' AND payload->'booking'->>'bookingId' = '{pending.BookingId}'")).ShouldBe(1);
        (await host.CountAsync("outbox_messages", $"message_type LIKE '%SiteBooked,%' AND payload->'booking'->>'bookingId' = '{pending.BookingId}'")).ShouldBe(1);
        await fn.ApproveBookingAsync(new ApproveBookingRequest { BookingId = pending.BookingId }).ShouldFailWith(StatusCode.FailedPrecondition);
    }

    [Fact]
    public async Task A_declined_booking_needs_a_reason_and_frees_the_time()
    {
        var site = await ApprovalSiteAsync("拒绝后释放时段的教学点");
        var (wjb, dispatcher) = (await host.ClientFor("wjb.admin"), await host.ClientFor("fn.dispatcher"));
        var day = host.FreshMonday();
        var pending = await wjb.BookSiteAsync(Booking(site, At(day, 14), At(day, 16)));

        (await dispatcher.DeclineBookingAsync(new DeclineBookingRequest { BookingId = pending.BookingId }).ShouldFailWith(StatusCode.InvalidArgument))
            .FieldViolations().ShouldBe(["reason"]);
        var declined = await dispatcher.DeclineBookingAsync(new DeclineBookingRequest { BookingId = pending.BookingId, Reason = "当天场地检修" });
        var next = await wjb.BookSiteAsync(Booking(site, At(day, 14), At(day, 16)));

        declined.Status.ShouldBe(BookingStatus.Declined);
        declined.DecisionNote.ShouldBe("当天场地检修");
        next.Status.ShouldBe(BookingStatus.Pending);
    }

    [Fact]
    public async Task The_owner_and_those_who_may_approve_are_confirmed_at_once()
    {
        var site = await ApprovalSiteAsync("县内直接确认的教学点");
        var (fn, dispatcher) = (await host.ClientFor("fn.admin"), await host.ClientFor("fn.dispatcher"));
        var day = host.FreshMonday();
        var forWjb = Booking(site, At(day, 9), At(day, 10));
        forWjb.RequestingSchoolId = (await host.SchoolIdAsync("wjb")).ToString();

        (await fn.BookSiteAsync(Booking(site, At(day, 8), At(day, 9)))).Status.ShouldBe(BookingStatus.Confirmed);
        (await dispatcher.BookSiteAsync(forWjb)).Status.ShouldBe(BookingStatus.Confirmed);
    }
}
