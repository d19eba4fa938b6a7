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
    public async Task FacultyPool_stopped_during_ten_approvals_and_back_thirty_seconds_later_lets_each_wait_and_then_be_scheduled()
    {
        var (dispatcher, ids, instructors) = await RequestsForAsync("等待恢复", 12);

        await platform.KillServiceAsync("faculty-pool");
        IReadOnlyList<OutreachRequest> waiting;
        try
        {
            waiting = await ApproveAllAsync(dispatcher, ids, instructors);
            // The outage the dispatchers live through: half a minute, well within the patience.
            await Task.Delay(TimeSpan.FromSeconds(30));
        }
        finally
        {
            await platform.StartServiceAsync("faculty-pool");
        }
        var done = await SettledAsync(dispatcher, ids, Settle);
        var assignments = await _world.ActiveAssignmentsAsync(ids);

        waiting.ShouldAllBe(r => r.Status == OutreachStatus.Approving && r.Reason.Contains("师资库服务暂时无法访问"));
        done.ShouldAllBe(r => r.Status == OutreachStatus.Scheduled, string.Join("；", done.Select(r => r.Reason)));
        assignments.Keys.Order().ShouldBe(ids.Order());
        assignments.Values.ShouldAllBe(n => n == 1);
    }

    [Fact]
    public async Task FacultyPool_away_past_the_patience_returns_each_of_ten_approvals_with_the_reason_and_reserves_nothing()
    {
        var (dispatcher, ids, instructors) = await RequestsForAsync("超时退回", 13);

        await platform.KillServiceAsync("faculty-pool");
        IReadOnlyList<OutreachRequest> returned;
        try
        {
            await ApproveAllAsync(dispatcher, ids, instructors);
            returned = await SettledAsync(dispatcher, ids, FaultyPlatformFixture.OutreachPatience + Settle);
        }
        finally
        {
            await platform.StartServiceAsync("faculty-pool");
        }
        await Eventually.Until(() => _world.ReleasesPendingAsync(ids), n => n == 0, Settle, "the returned approvals' releases once FacultyPool is back");
        var assignments = await _world.ActiveAssignmentsAsync(ids);

        returned.ShouldAllBe(r => r.Status == OutreachStatus.Returned && r.Reason.Contains("师资库服务暂时无法访问") && r.Reason.Contains("已超过等待时间"));
        assignments.ShouldBeEmpty();
    }

    /// <summary>Ten requests of 阜南's townships, each with an all-day instructor of its own, made while everything runs.</summary>
    private async Task<(OutreachService.OutreachServiceClient Dispatcher, List<string> Ids, IReadOnlyList<string> Instructors)> RequestsForAsync(string name, int weeks)
    {
        var instructors = await _world.AllDayInstructorsAsync("fn", $"{name}教师", 10);
        var townships = await _world.TownshipsAsync("fn");
        var city = await _world.OutreachAsync("fy.admin");
        var ids = new List<string>();
        for (var i = 0; i < instructors.Count; i++)
        {
            ids.Add((await city.RequestOutreachAsync(new RequestOutreachRequest
            {
                TownshipId = townships[i % townships.Count].SchoolId,
                Details = Details($"{name}{i}", Village($"村级活动场所{i}"), (MorningInWeeks(weeks), TimeSpan.FromHours(2))),
            })).OutreachRequestId);
        }
        return (await _world.OutreachAsync("fn.dispatcher"), ids, instructors);
    }

    private static async Task<IReadOnlyList<OutreachRequest>> ApproveAllAsync(
        OutreachService.OutreachServiceClient dispatcher, IReadOnlyList<string> ids, IReadOnlyList<string> instructors) =>
        await Task.WhenAll(ids.Select((id, i) => dispatcher.ApproveOutreachRequestAsync(
            new ApproveOutreachRequestRequest { OutreachRequestId = id, InstructorId = instructors[i] }).ResponseAsync));

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
