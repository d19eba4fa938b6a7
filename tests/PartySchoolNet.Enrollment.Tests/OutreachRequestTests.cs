using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.Enrollment.Tests.OutreachWorld;

namespace PartySchoolNet.Enrollment.Tests;

/// <summary>送教下基层 requests before anything is reserved: their input, their states, and every caller × township.</summary>
public sealed class OutreachRequestTests(OutreachWorld world) : IClassFixture<OutreachWorld>
{
    private const StatusCode Ok = StatusCode.OK, Denied = StatusCode.PermissionDenied, Refused = StatusCode.FailedPrecondition, Invalid = StatusCode.InvalidArgument;

    private static readonly (string Operation, string User, StatusCode[] Expected)[] Matrix =
    [
        // Reading: the township itself, its county, the city.
        ("get", "fy.admin", [Ok, Ok, Ok]),
        ("get", "fn.dispatcher", [Ok, Ok, Denied]),
        ("get", "wjb.admin", [Ok, Denied, Denied]),
        ("get", "wjb.dispatcher", [Ok, Denied, Denied]),
        ("list", "fy.admin", [Ok, Ok, Ok]),
        ("list", "fn.dispatcher", [Ok, Ok, Denied]),
        ("list", "wjb.admin", [Ok, Denied, Denied]),
        // Amending under a stale version: whoever may amend is refused by the version, everyone else by tenancy or role.
        ("amend", "fy.admin", [Refused, Refused, Refused]),
        ("amend", "fn.admin", [Refused, Refused, Denied]),
        ("amend", "wjb.admin", [Refused, Denied, Denied]),
        ("amend", "fn.classmanager", [Denied, Denied, Denied]),
        // Approving with a window that does not exist: those who dispatch reach the check; a township never approves its own.
        ("approve", "fy.admin", [Invalid, Invalid, Invalid]),
        ("approve", "fn.dispatcher", [Invalid, Invalid, Denied]),
        ("approve", "wjb.admin", [Denied, Denied, Denied]),
        ("approve", "fn.classmanager", [Denied, Denied, Denied]),
        // Declining or withdrawing a declined request: those who may reach the state, which refuses; a township never declines.
        ("decline", "fy.admin", [Refused, Refused, Refused]),
        ("decline", "fn.dispatcher", [Refused, Refused, Denied]),
        ("decline", "wjb.admin", [Denied, Denied, Denied]),
        ("decline", "fn.classmanager", [Denied, Denied, Denied]),
        ("withdraw", "fy.admin", [Refused, Refused, Refused]),
        ("withdraw", "fn.dispatcher", [Refused, Refused, Denied]),
        ("withdraw", "wjb.admin", [Refused, Denied, Denied]),
        ("withdraw", "wjb.dispatcher", [Refused, Denied, Denied]),
        ("withdraw", "fn.classmanager", [Denied, Denied, Denied]),
        // Confirming delivery of a request not yet scheduled.
        ("confirm", "fy.admin", [Refused, Refused, Refused]),
        ("confirm", "fn.dispatcher", [Refused, Refused, Denied]),
        ("confirm", "wjb.admin", [Refused, Denied, Denied]),
        ("confirm", "fn.classmanager", [Denied, Denied, Denied]),
    ];

    public static TheoryData<string, string, string, StatusCode> Cases() => TenancyMatrix.Cases(Matrix, Townships);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Caller_reaches_exactly_the_outreach_requests_of_its_scope_and_only_counties_dispatch(string operation, string user, string township, StatusCode expected)
    {
        var client = await world.ClientFor(user);
        var request = world.Requests[township];
        var closed = world.Closed[township].OutreachRequestId;
        var outcome = operation switch
        {
            "decline" => await TenancyMatrix.StatusOf(client.DeclineOutreachRequestAsync(new DeclineOutreachRequestRequest { OutreachRequestId = closed, Reason = "矩阵" }).ResponseAsync),
            "withdraw" => await TenancyMatrix.StatusOf(client.WithdrawOutreachRequestAsync(new WithdrawOutreachRequestRequest { OutreachRequestId = closed, Reason = "矩阵" }).ResponseAsync),
            "confirm" => await TenancyMatrix.StatusOf(client.ConfirmOutreachDeliveryAsync(
                new ConfirmOutreachDeliveryRequest { OutreachRequestId = request.OutreachRequestId, AttendanceCount = 30, Rating = 4 }).ResponseAsync),
            "list" => (await client.ListOutreachRequestsAsync(new ListOutreachRequestsRequest { PageSize = 200 })).OutreachRequests
                .Any(r => r.OutreachRequestId == request.OutreachRequestId) ? Ok : Denied,
            "get" => await TenancyMatrix.StatusOf(client.GetOutreachRequestAsync(new GetOutreachRequestRequest { OutreachRequestId = request.OutreachRequestId }).ResponseAsync),
            "amend" => await TenancyMatrix.StatusOf(client.AmendOutreachRequestAsync(
                new AmendOutreachRequestRequest { OutreachRequestId = request.OutreachRequestId, ExpectedVersion = 1, Details = request.Details }).ResponseAsync),
            _ => await TenancyMatrix.StatusOf(client.ApproveOutreachRequestAsync(
                new ApproveOutreachRequestRequest { OutreachRequestId = request.OutreachRequestId, WindowIndex = 9 }).ResponseAsync),
        };
        outcome.ShouldBe(expected, $"{user} {operation} {township}");
    }

    [Fact]
    public async Task A_request_with_bad_details_is_refused_field_by_field_and_nothing_is_stored()
    {
        var before = await world.Host.CountAsync("outreach_requests");
        var details = Details("坏申请");
        details.Topic = "";
        details.AudienceSize = 0;
        details.Audience = OutreachAudience.Unspecified;
        details.Windows.Clear();
        details.Windows.Add(Window(DateTimeOffset.UtcNow.AddDays(-1)));
        details.Windows.Add(new OutreachWindow { StartTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(3)) });
        details.Place = new OutreachPlace { Kind = OutreachPlaceKind.NamedSite };

        var refused = await world.RequestAsync("wjb.admin", "wjb", "坏申请", details).ShouldFailWith(Invalid);
        var forCounty = await world.RequestAsync("fn.admin", "fn", "县校不提送教申请").ShouldFailWith(Invalid);
        var badDelivery = await (await world.ClientFor("wjb.admin")).ConfirmOutreachDeliveryAsync(new ConfirmOutreachDeliveryRequest
        {
            OutreachRequestId = world.Requests["wjb"].OutreachRequestId, AttendanceCount = 0, Rating = 6, Comment = new string('好', 501),
        }).ShouldFailWith(Invalid);

        refused.FieldViolations().ShouldBe([
            "details.topic", "details.audience", "details.audience_size", "details.windows[0].start_time", "details.windows[1].end_time",
            "details.place.site_id"], ignoreOrder: true);
        forCounty.FieldViolations().ShouldBe(["township_id"]);
        badDelivery.FieldViolations().ShouldBe(["rating", "attendance_count", "comment"], ignoreOrder: true);
        (await world.Host.CountAsync("outreach_requests")).ShouldBe(before);
    }

    [Fact]
    public async Task The_township_amends_and_withdraws_before_approval_and_the_county_declines_with_a_reason()
    {
        var township = await world.ClientFor("wjb.admin");
        var county = await world.ClientFor("fn.dispatcher");
        var amended = await world.RequestAsync("wjb.admin", "wjb", "将被修改");
        var withdrawn = await world.RequestAsync("wjb.admin", "wjb", "将被撤回");
        var declined = await world.RequestAsync("wjb.admin", "wjb", "将被拒绝");
        var changed = amended.Details.Clone();
        changed.AudienceSize = 80;

        var afterAmend = await township.AmendOutreachRequestAsync(
            new AmendOutreachRequestRequest { OutreachRequestId = amended.OutreachRequestId, ExpectedVersion = amended.Version, Details = changed });
        var afterWithdraw = await township.WithdrawOutreachRequestAsync(new WithdrawOutreachRequestRequest { OutreachRequestId = withdrawn.OutreachRequestId, Reason = "镇里另有安排" });
        var afterDecline = await county.DeclineOutreachRequestAsync(new DeclineOutreachRequestRequest { OutreachRequestId = declined.OutreachRequestId, Reason = "本月送教计划已满，请下月再报" });
        var amendDeclined = await township.AmendOutreachRequestAsync(
            new AmendOutreachRequestRequest { OutreachRequestId = declined.OutreachRequestId, ExpectedVersion = afterDecline.Version, Details = changed }).ShouldFailWith(Refused);
        var approveWithdrawn = await county.ApproveOutreachRequestAsync(new ApproveOutreachRequestRequest { OutreachRequestId = withdrawn.OutreachRequestId }).ShouldFailWith(Refused);
        var declineWithoutReason = await county.DeclineOutreachRequestAsync(new DeclineOutreachRequestRequest { OutreachRequestId = amended.OutreachRequestId }).ShouldFailWith(Invalid);
        var board = await county.ListOutreachRequestsAsync(new ListOutreachRequestsRequest { Statuses = { OutreachStatus.Requested }, PageSize = 200 });

        afterAmend.Details.AudienceSize.ShouldBe(80);
        afterWithdraw.Status.ShouldBe(OutreachStatus.Withdrawn);
        afterDecline.Status.ShouldBe(OutreachStatus.Declined);
        afterDecline.Reason.ShouldBe("本月送教计划已满，请下月再报");
        amendDeclined.Status.Detail.ShouldContain("未批准");
        approveWithdrawn.Status.Detail.ShouldContain("已撤回");
        declineWithoutReason.FieldViolations().ShouldBe(["reason"]);
        board.OutreachRequests.Select(r => r.OutreachRequestId).ShouldContain(amended.OutreachRequestId);
        board.OutreachRequests.ShouldNotContain(r => r.OutreachRequestId == withdrawn.OutreachRequestId || r.OutreachRequestId == declined.OutreachRequestId);
        board.OutreachRequests.Select(r => r.RequestedAt).ShouldBeInOrder(SortDirection.Ascending);
        (await world.Host.CountAsync("outbox_messages", "message_type LIKE '%OutreachDeclined%'")).ShouldBeGreaterThanOrEqualTo(1);
    }
}
