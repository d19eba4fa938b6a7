using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Platform.Tests.Outreach;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.Platform.Tests.Outreach.OutreachWorld;

namespace PartySchoolNet.Platform.Tests.Faults;

/// <summary>送教下基层 when its processes die or a partner is away: every approved request ends scheduled or returned, nothing doubled, nothing orphaned.</summary>
[Collection(FaultTests.Name)]
[Trait("Category", "Faults")]
public sealed class OutreachFaultTests(FaultyPlatformFixture platform)
{
    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(3);
    private readonly OutreachWorld _world = new(platform);

    [Fact]
    public async Task Enrollment_killed_with_fifty_requests_mid_flow_ends_each_scheduled_or_returned_with_no_orphan_and_no_double()
    {
        var count = FaultyPlatformFixture.Size(50, 200);
        var instructors = await _world.AllDayInstructorsAsync("fn", "崩溃恢复教师", count);
        var townships = await _world.TownshipsAsync("fn");
        var start = MorningInWeeks(11);
        var dispatcher = await _world.OutreachAsync("fn.dispatcher");
        // The city files the requests for 阜南's townships: the dispatcher's own rate limit is left for the burst of approvals.
        var city = await _world.OutreachAsync("fy.admin");
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            // Half book the nearest free site (townships share them, so some lose it and are returned), half teach in a village.
            var place = i % 2 == 0 ? new OutreachPlace { Kind = OutreachPlaceKind.FindNearby } : Village($"村级活动场所{i}");
            ids.Add((await city.RequestOutreachAsync(new RequestOutreachRequest
            {
                TownshipId = townships[i % townships.Count].SchoolId, Details = Details($"崩溃恢复{i}", place, (start, TimeSpan.FromHours(2))),
            })).OutreachRequestId);
        }

        var answered = 0;
        var killAt = new TaskCompletionSource();
        var approving = Task.WhenAll(ids.Select((id, i) => ApproveAsync(dispatcher, id, instructors[i], () =>
        {
            if (Interlocked.Increment(ref answered) == count / 5)
            {
                killAt.TrySetResult();
            }
        })));
        await killAt.Task;
        await platform.KillServiceAsync("enrollment");
        await approving;
        await platform.StartServiceAsync("enrollment");
        // Approvals that died before they committed were never promises: the dispatcher approves them again.
        var found = await FindAsync(dispatcher, ids);
        foreach (var (id, i) in ids.Select((id, i) => (id, i)).Where(x => found[x.id].Status == OutreachStatus.Requested))
        {
            await ApproveAsync(dispatcher, id, instructors[i], () => { });
        }
        var settled = await SettledAsync(dispatcher, ids, Settle);
        await Eventually.Until(() => _world.ReleasesPendingAsync(ids), n => n == 0, Settle, "every returned attempt's release");
        var assignments = await _world.ActiveAssignmentsAsync(ids);
        var bookings = await _world.HoldingBookingsAsync(ids);

        var scheduled = settled.Where(r => r.Status == OutreachStatus.Scheduled).ToList();
        Console.WriteLine($"outreach crash: {count} requests, {answered} approvals answered before the kill, {scheduled.Count} scheduled, {count - scheduled.Count} returned");
        settled.ShouldAllBe(r => r.Status == OutreachStatus.Scheduled || r.Status == OutreachStatus.Returned);
        scheduled.ShouldNotBeEmpty();
        assignments.Keys.Order().ShouldBe(scheduled.Select(r => r.OutreachRequestId).Order());
        assignments.Values.ShouldAllBe(n => n == 1);
        bookings.Keys.Order().ShouldBe(scheduled.Where(r => r.SiteId.Length > 0).Select(r => r.OutreachRequestId).Order());
        bookings.Values.ShouldAllBe(n => n == 1);
    }

    [Fact]
    public async Task FacultyPool_stopped_during_approval_makes_the_request_wait_and_complete_when_it_is_back()
    {
        var instructorId = (await _world.AllDayInstructorsAsync("fn", "等待恢复教师", 1))[0];
        var township = await _world.OutreachAsync("wjb.admin");
        var dispatcher = await _world.OutreachAsync("fn.dispatcher");
        var request = await township.RequestOutreachAsync(new RequestOutreachRequest
        {
            Details = Details("师资库停机时的送教", Village("王家坝村党群服务中心"), (MorningInWeeks(12), TimeSpan.FromHours(2))),
        });

        await platform.KillServiceAsync("faculty-pool");
        OutreachRequest waiting;
        try
        {
            waiting = await dispatcher.ApproveOutreachRequestAsync(new ApproveOutreachRequestRequest { OutreachRequestId = request.OutreachRequestId, InstructorId = instructorId });
        }
        finally
        {
            await platform.StartServiceAsync("faculty-pool");
        }
        var done = await SettledAsync(dispatcher, request.OutreachRequestId, Settle);
        var assignments = await _world.ActiveAssignmentsAsync([request.OutreachRequestId]);

        waiting.Status.ShouldBe(OutreachStatus.Approving);
        waiting.Reason.ShouldContain("师资库服务暂时无法访问");
        done.Status.ShouldBe(OutreachStatus.Scheduled, done.Reason);
        assignments.ShouldBe(new Dictionary<string, long> { [request.OutreachRequestId] = 1 });
    }

    /// <summary>An approval whose call may die with the process: what it answered, if anything, is not what the test counts.</summary>
    private static async Task ApproveAsync(OutreachService.OutreachServiceClient dispatcher, string id, string instructorId, Action answered)
    {
        try
        {
            await dispatcher.ApproveOutreachRequestAsync(new ApproveOutreachRequestRequest { OutreachRequestId = id, InstructorId = instructorId, AllowRematch = true });
            answered();
        }
        catch (Grpc.Core.RpcException)
        {
        }
    }
}
