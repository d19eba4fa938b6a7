using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.Platform.Tests.Outreach.OutreachWorld;

namespace PartySchoolNet.Platform.Tests.Outreach;

/// <summary>送教下基层 across Enrollment, FacultyPool and SiteResources, through the gateway: 王家坝镇 asks, 阜南 dispatches.</summary>
[Collection(PlatformTests.Name)]
public sealed class OutreachFlowTests(PlatformFixture platform)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(90);
    private readonly OutreachWorld _world = new(platform);

    [Fact]
    public async Task A_township_request_is_approved_scheduled_delivered_and_rated_through_the_gateway_in_JSON_and_gRPC()
    {
        var instructorId = (await _world.AllDayInstructorsAsync("fn", "送教流程教师", 1))[0];
        var township = platform.Http(await platform.TokenAsync("wjb.admin"));
        var dispatcher = await _world.OutreachAsync("fn.dispatcher");
        // Soon enough that delivery can be confirmed within the test, late enough to be scheduled before it starts, and within
        // one China day: the instructors are available 00:00–23:59 of each day, so a window across midnight fits none.
        var (start, end) = WithinOneChinaDay(DateTimeOffset.UtcNow.AddSeconds(20));
        var asked = await township.PostAsJsonAsync("/api/v1/enrollment/outreach-requests", new
        {
            details = new
            {
                topic = OutreachWorld.Topic, title = "乡村振兴专题辅导", audience = "OUTREACH_AUDIENCE_VILLAGE_COMMITTEES", audience_size = 35,
                windows = new[] { new { start_time = start, end_time = end } },
                place = new { kind = "OUTREACH_PLACE_KIND_OTHER", name = "王家坝村党群服务中心" },
            },
        });
        asked.EnsureSuccessStatusCode();
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outreachRequestId").GetString()!;

        var board = await dispatcher.ListOutreachRequestsAsync(new ListOutreachRequestsRequest { Statuses = { OutreachStatus.Requested }, PageSize = 200 });
        await dispatcher.ApproveOutreachRequestAsync(new ApproveOutreachRequestRequest { OutreachRequestId = id, InstructorId = instructorId, Note = "同意" });
        var scheduled = await SettledAsync(dispatcher, id, Settle);
        scheduled.Status.ShouldBe(OutreachStatus.Scheduled, scheduled.Reason);
        var session = (await township.GetFromJsonAsync<JsonElement>($"/api/v1/enrollment/classes/{scheduled.ClassId}/sessions")).GetProperty("sessions")[0];
        var outreachClass = await township.GetFromJsonAsync<JsonElement>($"/api/v1/enrollment/classes/{scheduled.ClassId}");
        var assignment = await (await _world.FacultyAsync("fn.dispatcher")).GetAssignmentAsync(new GetAssignmentRequest { AssignmentId = scheduled.AssignmentId });
        await Eventually.Until(() => Task.FromResult(DateTimeOffset.UtcNow), now => now >= start, start - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60), "the session to begin");
        var confirmed = await township.PostAsJsonAsync($"/api/v1/enrollment/outreach-requests/{id}:confirm-delivery", new { attendanceCount = 33, rating = 5, comment = "讲得实在，村干部很受启发" });
        confirmed.EnsureSuccessStatusCode();
        var rated = await Eventually.Until(
            async () => await (await _world.FacultyAsync("fn.admin")).GetInstructorAsync(new GetInstructorRequest { InstructorId = instructorId }),
            i => i.RatingCount > 0, TimeSpan.FromSeconds(60), "the township's rating to reach FacultyPool");

        board.OutreachRequests.ShouldContain(r => r.OutreachRequestId == id && r.TownshipName == "王家坝镇党校");
        scheduled.InstructorId.ShouldBe(instructorId);
        outreachClass.GetProperty("details").GetProperty("mode").GetString().ShouldBe("CLASS_MODE_OUTREACH");
        outreachClass.GetProperty("details").GetProperty("capacity").GetInt32().ShouldBe(35);
        session.GetProperty("instructorId").GetString().ShouldBe(instructorId);
        session.GetProperty("place").GetString().ShouldBe("王家坝村党群服务中心");
        assignment.Status.ShouldBe(AssignmentStatus.Active);
        assignment.Slot.ReferenceId.ShouldBe(id);
        var delivered = await confirmed.Content.ReadFromJsonAsync<JsonElement>();
        delivered.GetProperty("status").GetString().ShouldBe("OUTREACH_STATUS_DELIVERED");
        delivered.GetProperty("attendanceCount").GetInt32().ShouldBe(33);
        rated.Rating.ShouldBe(100);
    }

    [Fact]
    public async Task Thirty_approvals_for_one_instructors_slot_schedule_exactly_one_and_return_the_others_with_the_reason()
    {
        var instructorId = (await _world.AllDayInstructorsAsync("fn", "争抢教师", 1))[0];
        var townships = await _world.TownshipsAsync("fn");
        var start = MorningInWeeks(9);
        var ids = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var township = townships[i % townships.Count];
            var client = await _world.OutreachAsync("fn.dispatcher");
            ids.Add((await client.RequestOutreachAsync(new RequestOutreachRequest
            {
                TownshipId = township.SchoolId, Details = Details($"同一教师同一时段{i}", Village($"{township.Name}会议室"), (start, TimeSpan.FromHours(2))),
            })).OutreachRequestId);
        }

        var dispatcher = await _world.OutreachAsync("fn.dispatcher");
        await Task.WhenAll(ids.Select(id => dispatcher.ApproveOutreachRequestAsync(
            new ApproveOutreachRequestRequest { OutreachRequestId = id, InstructorId = instructorId }).ResponseAsync));
        var settled = await SettledAsync(dispatcher, ids, Settle);
        var assignments = await _world.ActiveAssignmentsAsync(ids);

        settled.Count(r => r.Status == OutreachStatus.Scheduled).ShouldBe(1);
        settled.Where(r => r.Status != OutreachStatus.Scheduled).ShouldAllBe(r => r.Status == OutreachStatus.Returned && r.Reason.Contains("已有授课安排"));
        assignments.Values.Sum().ShouldBe(1);
        assignments.Keys.ShouldBe([settled.Single(r => r.Status == OutreachStatus.Scheduled).OutreachRequestId]);
    }

    [Fact]
    public async Task The_city_and_the_county_approving_one_instructors_slot_at_once_with_rematch_allowed_schedule_both_with_different_instructors()
    {
        var instructors = await _world.AllDayInstructorsAsync("fn", "改派教师", 2);
        var township = await _world.OutreachAsync("wjb.admin");
        var window = (MorningInWeeks(17), TimeSpan.FromHours(2));
        var first = await township.RequestOutreachAsync(new RequestOutreachRequest { Details = Details("改派一", Village("王家坝村党群服务中心"), window) });
        var second = await township.RequestOutreachAsync(new RequestOutreachRequest { Details = Details("改派二", Village("郎台村党群服务中心"), window) });
        var dispatchers = new[] { await _world.OutreachAsync("fn.dispatcher"), await _world.OutreachAsync("fy.admin") };

        await Task.WhenAll(new[] { first, second }.Select((r, i) => dispatchers[i].ApproveOutreachRequestAsync(new ApproveOutreachRequestRequest
        {
            OutreachRequestId = r.OutreachRequestId, InstructorId = instructors[0], AllowRematch = true,
        }).ResponseAsync));
        var settled = await SettledAsync(dispatchers[0], [first.OutreachRequestId, second.OutreachRequestId], Settle);
        var assignments = await _world.ActiveAssignmentsAsync([first.OutreachRequestId, second.OutreachRequestId]);

        settled.ShouldAllBe(r => r.Status == OutreachStatus.Scheduled, string.Join("；", settled.Select(r => r.Reason)));
        settled.Count(r => r.InstructorId == instructors[0]).ShouldBe(1);
        settled.Select(r => r.InstructorId).Distinct().Count().ShouldBe(2);
        assignments.Values.ShouldBe([1L, 1L]);
    }

    [Fact]
    public async Task A_site_taken_between_matching_and_booking_returns_the_request_and_releases_its_instructor()
    {
        var instructors = await _world.AllDayInstructorsAsync("fn", "场地补偿教师", 2);
        var start = MorningInWeeks(10);
        var sites = await platform.Http(await platform.TokenAsync("wjb.admin")).GetFromJsonAsync<JsonElement>(
            $"/api/v1/site-resources/sites?minCapacity=40&freeFrom={start.UtcDateTime:O}&freeUntil={start.AddHours(2).UtcDateTime:O}&pageSize=1");
        var siteId = sites.GetProperty("sites")[0].GetProperty("site").GetProperty("siteId").GetString()!;
        var township = await _world.OutreachAsync("wjb.admin");
        var dispatcher = await _world.OutreachAsync("fn.dispatcher");
        var named = new OutreachPlace { Kind = OutreachPlaceKind.NamedSite, SiteId = siteId };
        var first = await township.RequestOutreachAsync(new RequestOutreachRequest { Details = Details("先到的送教", named, (start, TimeSpan.FromHours(2))) });
        var second = await township.RequestOutreachAsync(new RequestOutreachRequest { Details = Details("后到的送教", named, (start, TimeSpan.FromHours(2))) });

        await dispatcher.ApproveOutreachRequestAsync(new ApproveOutreachRequestRequest { OutreachRequestId = first.OutreachRequestId, InstructorId = instructors[0] });
        await dispatcher.ApproveOutreachRequestAsync(new ApproveOutreachRequestRequest { OutreachRequestId = second.OutreachRequestId, InstructorId = instructors[1] });
        var won = await SettledAsync(dispatcher, first.OutreachRequestId, Settle);
        var lost = await SettledAsync(dispatcher, second.OutreachRequestId, Settle);
        await Eventually.Until(() => _world.ReleasesPendingAsync([lost.OutreachRequestId]), n => n == 0, Settle, "the release of the lost attempt");
        var assignments = await _world.ActiveAssignmentsAsync([won.OutreachRequestId, lost.OutreachRequestId]);
        var bookings = await _world.HoldingBookingsAsync([won.OutreachRequestId, lost.OutreachRequestId]);
        var again = await dispatcher.ApproveOutreachRequestAsync(new ApproveOutreachRequestRequest { OutreachRequestId = won.OutreachRequestId })
            .ShouldFailWith(StatusCode.FailedPrecondition);

        won.Status.ShouldBe(OutreachStatus.Scheduled, won.Reason);
        won.SiteId.ShouldBe(siteId);
        lost.Status.ShouldBe(OutreachStatus.Returned);
        lost.Reason.ShouldContain("场地预约未成功");
        assignments.ShouldBe(new Dictionary<string, long> { [won.OutreachRequestId] = 1 });
        bookings.ShouldBe(new Dictionary<string, long> { [won.OutreachRequestId] = 1 });
        again.Status.Detail.ShouldContain("已排课");
    }

    [Fact]
    public async Task The_same_approval_sent_twice_at_once_reserves_one_instructor_books_one_site_and_schedules_one_class()
    {
        var instructorId = (await _world.AllDayInstructorsAsync("fn", "重复审批教师", 1))[0];
        var township = await _world.OutreachAsync("wjb.admin");
        var dispatcher = await _world.OutreachAsync("fn.dispatcher");
        var request = await township.RequestOutreachAsync(new RequestOutreachRequest
        {
            Details = Details("重复提交的审批", new OutreachPlace { Kind = OutreachPlaceKind.FindNearby }, (MorningInWeeks(13), TimeSpan.FromHours(2))),
        });
        var approval = new ApproveOutreachRequestRequest { OutreachRequestId = request.OutreachRequestId, InstructorId = instructorId };

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => TenancyMatrix.StatusOf(dispatcher.ApproveOutreachRequestAsync(approval).ResponseAsync)));
        var settled = await SettledAsync(dispatcher, request.OutreachRequestId, Settle);
        var assignments = await _world.ActiveAssignmentsAsync([request.OutreachRequestId]);
        var bookings = await _world.HoldingBookingsAsync([request.OutreachRequestId]);

        answers.Count(a => a == StatusCode.OK).ShouldBe(1, string.Join(", ", answers));
        settled.Status.ShouldBe(OutreachStatus.Scheduled, settled.Reason);
        assignments.ShouldBe(new Dictionary<string, long> { [request.OutreachRequestId] = 1 });
        bookings.ShouldBe(new Dictionary<string, long> { [request.OutreachRequestId] = 1 });
        (await _world.SessionsTaughtByAsync(instructorId)).ShouldBe(1);
    }

    [Fact]
    public async Task Withdrawing_a_scheduled_request_cancels_its_class_and_releases_the_instructor_and_the_site()
    {
        var instructorId = (await _world.AllDayInstructorsAsync("fn", "撤回排课教师", 1))[0];
        var township = await _world.OutreachAsync("wjb.admin");
        var dispatcher = await _world.OutreachAsync("fn.dispatcher");
        var request = await township.RequestOutreachAsync(new RequestOutreachRequest
        {
            Details = Details("排课后撤回的送教", new OutreachPlace { Kind = OutreachPlaceKind.FindNearby }, (MorningInWeeks(14), TimeSpan.FromHours(2))),
        });
        await dispatcher.ApproveOutreachRequestAsync(new ApproveOutreachRequestRequest { OutreachRequestId = request.OutreachRequestId, InstructorId = instructorId });
        var scheduled = await SettledAsync(dispatcher, request.OutreachRequestId, Settle);
        var heldBefore = await _world.HoldingBookingsAsync([request.OutreachRequestId]);

        var withdrawn = await township.WithdrawOutreachRequestAsync(new WithdrawOutreachRequestRequest { OutreachRequestId = request.OutreachRequestId, Reason = "镇里临时有防汛任务" });
        await Eventually.Until(() => _world.ReleasesPendingAsync([request.OutreachRequestId]), n => n == 0, Settle, "the withdrawn request's release");
        var outreachClass = await platform.Http(await platform.TokenAsync("wjb.admin")).GetFromJsonAsync<JsonElement>($"/api/v1/enrollment/classes/{scheduled.ClassId}");

        scheduled.Status.ShouldBe(OutreachStatus.Scheduled, scheduled.Reason);
        heldBefore.ShouldBe(new Dictionary<string, long> { [request.OutreachRequestId] = 1 });
        withdrawn.Status.ShouldBe(OutreachStatus.Withdrawn);
        outreachClass.GetProperty("state").GetString().ShouldBe("CLASS_STATE_CANCELLED");
        (await _world.ActiveAssignmentsAsync([request.OutreachRequestId])).ShouldBeEmpty();
        (await _world.HoldingBookingsAsync([request.OutreachRequestId])).ShouldBeEmpty();
    }

    /// <summary>
    /// Two hours from <paramref name="start"/>, cut short at China midnight (so at least nine minutes, 0.2 hours on the class);
    /// from just after midnight when under ten minutes are left, so the test waits at most that long for the session.
    /// </summary>
    private static (DateTimeOffset Start, DateTimeOffset End) WithinOneChinaDay(DateTimeOffset start)
    {
        var china = TimeSpan.FromHours(8);
        var midnight = new DateTimeOffset(DateOnly.FromDateTime(start.ToOffset(china).DateTime).AddDays(1).ToDateTime(TimeOnly.MinValue), china);
        return midnight - start < TimeSpan.FromMinutes(10)
            ? (midnight.AddSeconds(5), midnight.AddSeconds(5).AddHours(2))
            : (start, start.AddHours(2) < midnight ? start.AddHours(2) : midnight.AddMinutes(-1));
    }
}
