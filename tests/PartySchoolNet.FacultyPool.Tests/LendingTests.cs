using Google.Rpc;
using Grpc.Core;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.FacultyPool.Tests.FacultyPoolHost;

namespace PartySchoolNet.FacultyPool.Tests;

/// <summary>阜南 borrows a 颍州 instructor shared with the whole city: 颍州's side decides, and approval makes the assignment atomically.</summary>
public sealed class LendingTests(FacultyPoolHost host) : IClassFixture<FacultyPoolHost>
{
    private async Task<(Instructor Instructor, FacultyPoolService.FacultyPoolServiceClient Fn, FacultyPoolService.FacultyPoolServiceClient Lender)> LendableAsync(string name)
    {
        var instructor = await host.RegisterAsync("fy.admin", "yz", Details(name));
        return (instructor, await host.ClientFor("fn.dispatcher"), await host.ClientFor("fy.admin"));
    }

    private static RequestLendingRequest Ask(Instructor instructor, Slot slot) => new() { InstructorId = instructor.InstructorId, Slot = slot, Note = "送教下基层需要乡村振兴专题教师" };

    [Fact]
    public async Task An_approved_lending_request_becomes_an_assignment_for_the_borrowing_county_in_one_step()
    {
        var (instructor, fn, lender) = await LendableAsync("借调审批测试教师");
        var day = host.FreshMonday();

        var asked = await fn.RequestLendingAsync(Ask(instructor, Slot(At(day, 9), At(day, 11))));
        var incoming = await lender.ListLendingRequestsAsync(new ListLendingRequestsRequest { Direction = ListLendingRequestsRequest.Types.Direction.Incoming });
        var approved = await lender.ApproveLendingAsync(new ApproveLendingRequest { LendingRequestId = asked.LendingRequestId, Note = "同意" });
        var assignment = await fn.GetAssignmentAsync(new GetAssignmentRequest { AssignmentId = approved.AssignmentId });

        asked.Status.ShouldBe(LendingStatus.Pending);
        incoming.LendingRequests.ShouldContain(l => l.LendingRequestId == asked.LendingRequestId);
        approved.Status.ShouldBe(LendingStatus.Approved);
        assignment.RequestingSchoolName.ShouldBe("中共阜南县委党校");
        assignment.LendingRequestId.ShouldBe(asked.LendingRequestId);
        (await host.CountAsync("outbox_messages", $"message_type LIKE '%LendingApproved%' AND payload->'lending'->>'lendingRequestId' = '{asked.LendingRequestId}'")).ShouldBe(1);
        (await host.CountAsync("outbox_messages", $"message_type LIKE '%InstructorAssigned%' AND payload->'assignment'->>'assignmentId' = '{approved.AssignmentId}'")).ShouldBe(1);
    }

    [Fact]
    public async Task Approval_fails_cleanly_when_the_slot_was_taken_meanwhile_and_the_request_still_waits()
    {
        var (instructor, fn, lender) = await LendableAsync("时段被占测试教师");
        var day = host.FreshMonday();
        var asked = await fn.RequestLendingAsync(Ask(instructor, Slot(At(day, 9), At(day, 11))));
        await lender.AssignInstructorAsync(Assign(instructor, Slot(At(day, 10), At(day, 12), place: "颍州区委党校")));

        var refused = await lender.ApproveLendingAsync(new ApproveLendingRequest { LendingRequestId = asked.LendingRequestId }).ShouldFailWith(StatusCode.FailedPrecondition);
        var after = await fn.GetLendingRequestAsync(new GetLendingRequestRequest { LendingRequestId = asked.LendingRequestId });

        refused.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason.ShouldBeOneOf("instructor_time_taken", "instructor_travel_gap");
        after.Status.ShouldBe(LendingStatus.Pending);
        after.AssignmentId.ShouldBeEmpty();
        (await host.CountAsync("assignments", $"instructor_id = '{instructor.InstructorId}'")).ShouldBe(1);
        (await host.CountAsync("outbox_messages", $"message_type LIKE '%LendingApproved%' AND payload->'lending'->>'lendingRequestId' = '{asked.LendingRequestId}'")).ShouldBe(0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Twenty_approvals_of_one_request_at_once_make_one_assignment(bool cpuSaturated)
    {
        var (instructor, fn, lender) = await LendableAsync(cpuSaturated ? "满载重复审批测试教师" : "重复审批测试教师");
        var day = host.FreshMonday();
        var asked = await fn.RequestLendingAsync(Ask(instructor, Slot(At(day, 14), At(day, 16))));

        using var load = CpuLoad.When(cpuSaturated);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            try
            {
                return (await lender.ApproveLendingAsync(new ApproveLendingRequest { LendingRequestId = asked.LendingRequestId })).Status.ToString();
            }
            catch (RpcException ex)
            {
                return ex.StatusCode.ToString();
            }
        }));

        outcomes.Count(o => o == nameof(LendingStatus.Approved)).ShouldBe(1);
        outcomes.Where(o => o != nameof(LendingStatus.Approved)).ShouldAllBe(o => o == nameof(StatusCode.FailedPrecondition));
        (await host.CountAsync("assignments", $"instructor_id = '{instructor.InstructorId}'")).ShouldBe(1);
    }

    [Fact]
    public async Task The_borrower_cannot_decide_and_the_lender_cannot_withdraw()
    {
        var (instructor, fn, lender) = await LendableAsync("审批权限测试教师");
        var day = host.FreshMonday();
        var asked = await fn.RequestLendingAsync(Ask(instructor, Slot(At(day, 9), At(day, 10))));

        await fn.ApproveLendingAsync(new ApproveLendingRequest { LendingRequestId = asked.LendingRequestId }).ShouldFailWith(StatusCode.PermissionDenied);
        await (await host.ClientFor("fn.admin")).DeclineLendingAsync(new DeclineLendingRequest { LendingRequestId = asked.LendingRequestId, Reason = "不行" })
            .ShouldFailWith(StatusCode.PermissionDenied);
        await (await host.ClientFor("wjb.admin")).GetLendingRequestAsync(new GetLendingRequestRequest { LendingRequestId = asked.LendingRequestId })
            .ShouldFailWith(StatusCode.PermissionDenied);
        var declined = await lender.DeclineLendingAsync(new DeclineLendingRequest { LendingRequestId = asked.LendingRequestId, Reason = "该教师当天另有安排" });
        await fn.CancelLendingAsync(new CancelLendingRequest { LendingRequestId = asked.LendingRequestId, Reason = "不需要了" }).ShouldFailWith(StatusCode.FailedPrecondition);

        declined.Status.ShouldBe(LendingStatus.Declined);
        declined.DecisionNote.ShouldBe("该教师当天另有安排");
    }

    [Fact]
    public async Task The_borrower_withdraws_a_waiting_request_and_approval_is_then_refused()
    {
        var (instructor, fn, lender) = await LendableAsync("撤回申请测试教师");
        var day = host.FreshMonday();
        var asked = await fn.RequestLendingAsync(Ask(instructor, Slot(At(day, 15), At(day, 17))));

        var cancelled = await fn.CancelLendingAsync(new CancelLendingRequest { LendingRequestId = asked.LendingRequestId, Reason = "活动延期" });
        await lender.ApproveLendingAsync(new ApproveLendingRequest { LendingRequestId = asked.LendingRequestId }).ShouldFailWith(StatusCode.FailedPrecondition);

        cancelled.Status.ShouldBe(LendingStatus.Cancelled);
        (await host.CountAsync("assignments", $"instructor_id = '{instructor.InstructorId}'")).ShouldBe(0);
    }
}
