using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Enrollment.Outreach;
using PartySchoolNet.Enrollment.Teaching;
using PartySchoolNet.ServiceKit;
using static PartySchoolNet.Enrollment.Contracts.ClassCategory;

namespace PartySchoolNet.Enrollment.Seeding;

/// <summary>
/// A township's year of 送教下基层, decided by its code alone: requests every five or six weeks, most delivered (with their
/// completed outreach class and the township's rating), some declined or withdrawn, and the live ones a board shows today —
/// waiting for the county, returned with a reason, or approved and being arranged. Only the approved ones reserve anything
/// at FacultyPool or SiteResources, through the real process. Each step is announced with the event the real step publishes
/// (at the time it happened), so that reports show the demo's year; the past deliveries name no instructor (Guid.Empty).
/// </summary>
internal sealed class DemoOutreach(SchoolReplica township, DateTimeOffset now)
{
    private const int PastRequests = 9;

    /// <summary>
    /// A quarter of the townships also have a request the county approved as the demo was made. The process really reserves,
    /// books and schedules it, once FacultyPool and SiteResources have their own demo (they build it from the same event).
    /// </summary>
    private static readonly TimeSpan DemoApprovalDelay = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan DemoPatience = TimeSpan.FromHours(1);

    private static readonly (string Topic, ClassCategory Category)[] Topics =
    [
        ("习近平新时代中国特色社会主义思想", Theory), ("党史学习教育", Theory), ("理论宣讲", Theory), ("党性教育", PartySpirit), ("廉政教育", PartySpirit),
        ("乡村振兴", Capability), ("基层治理", Capability), ("村级财务管理", Capability), ("农村电商", Capability), ("防汛抗洪", Capability), ("法治建设", Capability),
    ];

    private static readonly string[] Declines = ["本月送教计划已满，请下月再报", "该专题已列入全县集中轮训，请组织人员参加县里的班次", "申请时段与全县重点工作冲突，请调整后再报"];
    private static readonly string[] Withdrawals = ["镇里另有安排", "防汛任务重，暂缓送教", "参训人员变动，重新申报"];
    private static readonly string[] Returns = ["安排未能完成：所选时段内没有可用的教师", "场地预约未成功：该时段场地已被预约"];
    private static readonly string[] Comments = ["讲得接地气，村干部反映很好", "案例丰富，结合了本镇实际", "时间稍紧，希望下次多留互动时间", "政策讲得透，大家听得懂、用得上", ""];
    private static readonly TimeOnly[] Starts = [new(9, 0), new(14, 30)];

    private readonly Random _random = DemoRandom.For("outreach:" + township.Code);
    private readonly string _requester = $"{township.Name}管理员";

    public List<OutreachRequest> Requests { get; } = [];
    public List<TrainingClass> Classes { get; } = [];
    public List<ClassSession> Sessions { get; } = [];
    public List<object> Announcements { get; } = [];

    public DemoOutreach Build()
    {
        for (var i = 0; i < PastRequests; i++)
        {
            var at = now.AddDays(-40 - 320 * (PastRequests - 1 - i) / PastRequests - _random.Next(0, 8));
            Conclude(Submit(at, ChinaTime.Day(at)));
        }
        // The live ones ask for windows still ahead, so a dispatcher trying the demo can approve them for real.
        var today = ChinaTime.Day(now);
        Submit(now.AddHours(-_random.Next(2, 200)), today);
        if (_random.Next(3) == 0)
        {
            var returned = Submit(now.AddDays(-_random.Next(3, 9)), today);
            returned.Approve("县委党校调度员", null, null, false, TimeSpan.Zero, returned.RequestedAt.AddDays(1));
            Announcements.Add(new OutreachApproved(returned.Snapshot(), returned.ApprovedBy, returned.ApprovedAt!.Value));
            returned.Return(Pick(Returns), returned.ApprovedAt!.Value.AddMinutes(1));
            returned.Released();
        }
        if (_random.Next(4) == 0)
        {
            var approved = Submit(now.AddDays(-_random.Next(1, 4)), today);
            approved.Approve("县委党校调度员", null, null, allowRematch: true, DemoPatience, now);
            Announcements.Add(new OutreachApproved(approved.Snapshot(), approved.ApprovedBy, now));
            approved.CheckAgainAt(now + DemoApprovalDelay);
        }
        return this;
    }

    /// <summary>A request made at <paramref name="at"/> for windows from a week after <paramref name="from"/>.</summary>
    private OutreachRequest Submit(DateTimeOffset at, DateOnly from)
    {
        var (topic, category) = Pick(Topics);
        var audience = (OutreachAudience)_random.Next(1, 6);
        var first = from.AddDays(7 + _random.Next(0, 14));
        var windows = Enumerable.Range(0, _random.Next(2, 4)).Select(i =>
        {
            var startsAt = ChinaTime.Instant(first.AddDays(i * 3), Pick(Starts));
            return new PreferredWindow(startsAt, startsAt.AddHours(2.5));
        }).ToList();
        var village = DemoNames.Villages(_random, 1).Single();
        var details = new OutreachSpec
        {
            Topic = topic, Title = $"{topic}专题送教（{village}村）", Audience = audience, AudienceSize = _random.Next(3, 13) * 10, Category = category,
            Windows = windows, PlaceKind = OutreachPlaceKind.Other, PlaceName = $"{village}村党群服务中心",
        };
        var request = OutreachRequest.Submit(township, details, _requester, at);
        Requests.Add(request);
        Announcements.Add(new OutreachRequested(request.Snapshot(), at));
        return request;
    }

    private void Conclude(OutreachRequest request)
    {
        var decidedAt = request.RequestedAt.AddHours(_random.Next(4, 96));
        switch (_random.Next(100))
        {
            case < 82:
                Deliver(request, decidedAt);
                break;
            case < 92:
                var declined = Pick(Declines);
                request.Decline(declined, decidedAt);
                Announcements.Add(new OutreachDeclined(request.Snapshot(), declined, decidedAt));
                break;
            default:
                var withdrawn = Pick(Withdrawals);
                request.Withdraw(withdrawn, decidedAt);
                Announcements.Add(new OutreachWithdrawn(request.Snapshot(), withdrawn, null, decidedAt));
                break;
        }
    }

    private void Deliver(OutreachRequest request, DateTimeOffset approvedAt)
    {
        request.ApprovedEarlier("县委党校调度员", approvedAt, request.Details.PlaceName);
        var scheduledAt = approvedAt.AddSeconds(_random.Next(2, 40));
        var (training, session) = OutreachClass.Plan(township, request, scheduledAt);
        var window = request.Window!;
        training.MoveTo(ClassState.InProgress, "", window.StartsAt);
        training.MoveTo(ClassState.Completed, "", window.EndsAt);
        request.Scheduled(training.Id, scheduledAt);
        var attended = request.Details.AudienceSize - _random.Next(0, request.Details.AudienceSize / 5 + 1);
        var (rating, deliveredAt) = (_random.Next(3, 6), window.EndsAt.AddHours(_random.Next(1, 72)));
        request.Deliver(attended, rating, Pick(Comments), deliveredAt);
        var hours = Math.Round((decimal)(window.EndsAt - window.StartsAt).TotalHours, 1);
        Announcements.Add(new OutreachApproved(request.Snapshot(), request.ApprovedBy, approvedAt));
        Announcements.Add(new OutreachScheduled(request.Snapshot(), training.Id, Guid.Empty, null, window.StartsAt, window.EndsAt, scheduledAt));
        Announcements.Add(new OutreachDelivered(request.Snapshot(), training.Id, Guid.Empty, attended, rating, hours, deliveredAt));
        Classes.Add(training);
        Sessions.Add(session);
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
