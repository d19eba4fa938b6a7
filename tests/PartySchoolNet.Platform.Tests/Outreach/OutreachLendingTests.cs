using Grpc.Core;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.Platform.Tests.Outreach.OutreachWorld;

namespace PartySchoolNet.Platform.Tests.Outreach;

/// <summary>
/// 阜南 dispatches an instructor of 颍州 (shared city-wide) to 王家坝: the request waits for 颍州's decision on the loan in
/// FacultyPool, and goes on or comes back with it.
/// </summary>
[Collection(PlatformTests.Name)]
public sealed class OutreachLendingTests(PlatformFixture platform)
{
    private const string HomeCountyAdmin = "yz.admin";
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(90);
    private readonly OutreachWorld _world = new(platform);

    [Fact]
    public async Task An_instructor_of_another_county_is_lent_and_the_request_is_scheduled_once_the_home_county_approves_the_loan()
    {
        var (request, waiting) = await ApproveWithBorrowedInstructorAsync("借调同意教师", 15);

        await (await _world.FacultyAsync(HomeCountyAdmin)).ApproveLendingAsync(new ApproveLendingRequest { LendingRequestId = waiting.LendingRequestId, Note = "同意借调" });
        var done = await SettledAsync(await _world.OutreachAsync("fn.dispatcher"), request, Settle);
        var assignments = await _world.ActiveAssignmentsAsync([request]);

        waiting.Status.ShouldBe(OutreachStatus.AwaitingLending, waiting.Reason);
        done.Status.ShouldBe(OutreachStatus.Scheduled, done.Reason);
        done.InstructorId.ShouldBe(waiting.InstructorId);
        assignments.ShouldBe(new Dictionary<string, long> { [request] = 1 });
    }

    [Fact]
    public async Task A_loan_the_home_county_declines_returns_the_request_to_the_dispatcher_with_the_reason_and_nothing_reserved()
    {
        var (request, waiting) = await ApproveWithBorrowedInstructorAsync("借调拒绝教师", 16);

        await (await _world.FacultyAsync(HomeCountyAdmin)).DeclineLendingAsync(new DeclineLendingRequest { LendingRequestId = waiting.LendingRequestId, Reason = "本县当周有主体班" });
        var returned = await SettledAsync(await _world.OutreachAsync("fn.dispatcher"), request, Settle);
        var assignments = await _world.ActiveAssignmentsAsync([request]);

        waiting.Status.ShouldBe(OutreachStatus.AwaitingLending, waiting.Reason);
        returned.Status.ShouldBe(OutreachStatus.Returned);
        returned.Reason.ShouldContain("借调未获同意");
        returned.Reason.ShouldContain("本县当周有主体班");
        assignments.ShouldBeEmpty();
    }

    /// <summary>颍州's admin (the demo network has accounts only in 阜南): registers 颍州's instructors and decides on their loans.</summary>
    private async Task EnsureHomeCountyAdminAsync()
    {
        var identity = await platform.IdentityThroughGatewayAsync("fy.admin");
        var county = (await identity.ListSchoolsAsync(new ListSchoolsRequest { PageSize = 500 })).Schools.Single(s => s.Code == "yz");
        try
        {
            await identity.CreateAccountAsync(new CreateAccountRequest
            {
                UserName = HomeCountyAdmin, DisplayName = "颍州管理员", Password = Tokens.DemoPassword, SchoolId = county.SchoolId, Roles = { Roles.SchoolAdmin },
            });
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.AlreadyExists)
        {
        }
    }

    /// <summary>王家坝 asks; 阜南 approves it with a 颍州 instructor; the answer is the request waiting for the loan.</summary>
    private async Task<(string Request, Enrollment.Contracts.OutreachRequest Waiting)> ApproveWithBorrowedInstructorAsync(string name, int weeks)
    {
        await EnsureHomeCountyAdminAsync();
        var instructorId = (await _world.AllDayInstructorsAsync("yz", name, 1, SharingScope.City))[0];
        var township = await _world.OutreachAsync("wjb.admin");
        var request = await township.RequestOutreachAsync(new RequestOutreachRequest
        {
            Details = Details($"{name}的送教", Village("王家坝村党群服务中心"), (MorningInWeeks(weeks), TimeSpan.FromHours(2))),
        });
        var dispatcher = await _world.OutreachAsync("fn.dispatcher");
        await dispatcher.ApproveOutreachRequestAsync(new ApproveOutreachRequestRequest { OutreachRequestId = request.OutreachRequestId, InstructorId = instructorId });
        // The answer shows how far the flow got within the call; on a busy machine the loan may not be asked for yet.
        var waiting = await Eventually.Until(
            () => dispatcher.GetOutreachRequestAsync(new GetOutreachRequestRequest { OutreachRequestId = request.OutreachRequestId }).ResponseAsync,
            r => r.Status == OutreachStatus.AwaitingLending && r.LendingRequestId.Length > 0, TimeSpan.FromSeconds(60), "the request waiting for the loan");
        return (request.OutreachRequestId, waiting);
    }
}
