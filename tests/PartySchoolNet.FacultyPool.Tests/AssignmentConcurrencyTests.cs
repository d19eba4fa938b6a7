using Google.Rpc;
using Grpc.Core;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.FacultyPool.Tests.FacultyPoolHost;

namespace PartySchoolNet.FacultyPool.Tests;

public sealed class AssignmentConcurrencyTests(FacultyPoolHost host) : IClassFixture<FacultyPoolHost>
{
    private static readonly string[] Assigners = ["fn.admin", "fn.dispatcher", "fy.admin"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_hundred_parallel_overlapping_assignments_of_one_instructor_leave_exactly_one(bool cpuSaturated)
    {
        var instructor = await host.RegisterAsync("fn.admin", "fn", Details(cpuSaturated ? "满载并发安排测试教师" : "并发安排测试教师"));
        var day = host.FreshMonday();
        var clients = await Task.WhenAll(Assigners.Select(host.ClientFor));

        using var load = CpuLoad.When(cpuSaturated);
        var attempts = await Task.WhenAll(Enumerable.Range(0, 100).Select(async i =>
        {
            try
            {
                await clients[i % clients.Length].AssignInstructorAsync(Assign(instructor, Slot(At(day, 9, i % 50), At(day, 11, i % 50), place: $"教学点{i % 7}")));
                return "";
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
            {
                return ex.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason;
            }
        }));

        attempts.Count(a => a == "").ShouldBe(1);
        attempts.Where(a => a != "").ShouldAllBe(a => a == "instructor_time_taken" || a == "instructor_travel_gap");
        (await host.CountAsync("assignments", $"instructor_id = '{instructor.InstructorId}' AND status = 'Active'")).ShouldBe(1);
        (await host.CountAsync("outbox_messages", $"payload->'assignment'->>'instructorId' = '{instructor.InstructorId}'")).ShouldBe(1);
    }

    [Fact]
    public async Task Assignments_at_different_places_keep_the_travel_gap_and_at_one_place_may_follow_each_other()
    {
        var instructor = await host.RegisterAsync("fn.admin", "fn", Details("路程间隔测试教师"));
        var client = await host.ClientFor("fn.admin");
        var day = host.FreshMonday();
        await client.AssignInstructorAsync(Assign(instructor, Slot(At(day, 9), At(day, 11), place: "王家坝镇文化站")));

        var sameRoom = await client.AssignInstructorAsync(Assign(instructor, Slot(At(day, 11), At(day, 12), place: "王家坝镇文化站")));
        var tooClose = await client.AssignInstructorAsync(Assign(instructor, Slot(At(day, 12, 30), At(day, 14), place: "郜台乡党校"))).ShouldFailWith(StatusCode.FailedPrecondition);
        var farEnough = await client.AssignInstructorAsync(Assign(instructor, Slot(At(day, 13), At(day, 15), place: "郜台乡党校")));

        sameRoom.Status.ShouldBe(AssignmentStatus.Active);
        tooClose.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason.ShouldBe("instructor_travel_gap");
        farEnough.Status.ShouldBe(AssignmentStatus.Active);
    }

    [Fact]
    public async Task Parallel_assignments_in_one_month_stop_exactly_at_the_monthly_load_limit()
    {
        var instructor = await host.RegisterAsync("fn.admin", "fn", Details("月度上限测试教师", monthlyLoad: 3));
        var client = await host.ClientFor("fn.dispatcher");
        var monday = host.FreshMonday();
        var month = new DateOnly(monday.Year, monday.Month, 1).AddMonths(1);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            try
            {
                await client.AssignInstructorAsync(Assign(instructor, Slot(At(month.AddDays(i), 9), At(month.AddDays(i), 11))));
                return "";
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
            {
                return ex.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason;
            }
        }));

        attempts.Count(a => a == "").ShouldBe(3);
        attempts.Where(a => a != "").ShouldAllBe(a => a == "monthly_load_reached");
    }

    [Fact]
    public async Task Releasing_an_assignment_frees_the_instructor_for_another_school()
    {
        var instructor = await host.RegisterAsync("fn.admin", "fn", Details("释放安排测试教师"));
        var (fn, city) = (await host.ClientFor("fn.admin"), await host.ClientFor("fy.admin"));
        var day = host.FreshMonday();
        var first = await fn.AssignInstructorAsync(Assign(instructor, Slot(At(day, 9), At(day, 12))));
        var forWjb = Assign(instructor, Slot(At(day, 10), At(day, 11)));
        forWjb.RequestingSchoolId = (await host.SchoolIdAsync("wjb")).ToString();
        await city.AssignInstructorAsync(forWjb).ShouldFailWith(StatusCode.FailedPrecondition);

        var released = await fn.ReleaseAssignmentAsync(new ReleaseAssignmentRequest { AssignmentId = first.AssignmentId, Reason = "计划调整" });
        var second = await city.AssignInstructorAsync(forWjb);

        released.Status.ShouldBe(AssignmentStatus.Released);
        second.RequestingSchoolName.ShouldBe("王家坝镇党校");
        await fn.ReleaseAssignmentAsync(new ReleaseAssignmentRequest { AssignmentId = first.AssignmentId, Reason = "再次取消" }).ShouldFailWith(StatusCode.FailedPrecondition);
    }

    [Fact]
    public async Task Twenty_concurrent_retries_of_one_request_id_make_one_assignment()
    {
        var instructor = await host.RegisterAsync("fn.admin", "fn", Details("幂等安排测试教师"));
        var client = await host.ClientFor("fn.dispatcher");
        var day = host.FreshMonday();
        var request = Assign(instructor, Slot(At(day, 14), At(day, 16)));
        request.RequestId = $"outreach-{Guid.NewGuid():N}";

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.AssignInstructorAsync(request).ResponseAsync));

        replies.Select(r => r.AssignmentId).Distinct().Count().ShouldBe(1);
        (await host.CountAsync("assignments", $"instructor_id = '{instructor.InstructorId}'")).ShouldBe(1);
    }
}
