using System.Diagnostics;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Net.Client;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;

namespace PartySchoolNet.Benchmarks;

/// <summary>
/// 送教下基层 over the demo network through the gateway: 阜南's dispatcher approves its townships' requests one at a time, then
/// eight at a time, each approval matching and reserving an instructor in FacultyPool and scheduling the class in Enrollment. Baseline: one
/// AssignInstructor call through the same gateway, the single partner call an approval cannot do without.
/// </summary>
internal static class OutreachBurst
{
    private const int SerialRequests = 16;
    private const int Requests = 64;
    private const int Parallel = 8;
    private const string Topic = "乡村振兴";
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static async Task MeasureAsync(GrpcChannel dispatcher, GrpcChannel admin)
    {
        var outreach = new OutreachService.OutreachServiceClient(dispatcher);
        var faculty = new FacultyPoolService.FacultyPoolServiceClient(dispatcher);
        var townships = await TownshipsAsync(new IdentityService.IdentityServiceClient(admin));
        // Instructors of the county beside the demo pool's, free at any hour, so most approvals need no loan.
        var instructors = await AllDayInstructors.RegisterAsync(new FacultyPoolService.FacultyPoolServiceClient(admin), townships.County, Topic, "压测讲师", 16);

        var next = 0;
        var baseline = await Timing.MeasureAsync("baseline: AssignInstructor through the gateway", () =>
        {
            var i = Interlocked.Increment(ref next);
            return faculty.AssignInstructorAsync(new AssignInstructorRequest
            {
                InstructorId = instructors[i % instructors.Count], Slot = Slot(Day(200 + i / instructors.Count), "压测基准课"),
                RequestId = $"bench-{Guid.NewGuid():N}",
            }).ResponseAsync;
        }, warmup: 10, runs: 100);

        var match = await Timing.MeasureAsync("context: MatchInstructors as an approval asks it", () => faculty.MatchInstructorsAsync(new MatchInstructorsRequest
        {
            RequestingSchoolId = townships.Ids[0], Topic = Topic, StartTime = Slot(Day(300), "").StartTime, EndTime = Slot(Day(300), "").EndTime,
            AudienceSize = 40, PageSize = 50,
        }).ResponseAsync, warmup: 10, runs: 50);

        var ids = new List<string>();
        for (var i = 0; i < SerialRequests + Requests; i++)
        {
            ids.Add((await outreach.RequestOutreachAsync(new RequestOutreachRequest
            {
                TownshipId = townships.Ids[i % townships.Ids.Count], Details = Details(i),
            })).OutreachRequestId);
        }
        var alone = await ApproveAsync(outreach, ids[..SerialRequests], 1);
        var together = await ApproveAsync(outreach, ids[SerialRequests..], Parallel);

        Console.WriteLine(baseline.Line(baseline));
        Console.WriteLine(match.Line(baseline));
        Console.WriteLine($"  one at a time: {alone.Outcome}; {Parallel} at a time: {together.Outcome}");
        RatioTable.Add(new("O1", "approve→scheduled p50, one at a time ÷ one AssignInstructor (median)", alone.P50 / baseline.MedianMs,
            string.Create(CultureInfo.InvariantCulture, $"{alone.P50:0} vs {baseline.MedianMs:0.0} ms (MatchInstructors alone {match.MedianMs:0.0} ms); {alone.Outcome}")));
        RatioTable.Add(new("O2", $"approve→scheduled p50 / p99, {Parallel} at a time ÷ one AssignInstructor (median)", together.P50 / baseline.MedianMs,
            string.Create(CultureInfo.InvariantCulture, $"p50 {together.P50:0}, p99 {together.P99:0} (×{together.P99 / baseline.MedianMs:0}) vs {baseline.MedianMs:0.0} ms; {together.Outcome}")));
        RatioTable.Add(new("O3", $"requests scheduled/s, {Parallel} dispatchers at once ÷ AssignInstructor calls/s, one caller", together.PerSecond / (1000 / baseline.MedianMs),
            string.Create(CultureInfo.InvariantCulture, $"{together.PerSecond:0.0}/s vs {1000 / baseline.MedianMs:0}/s")));
    }

    private sealed record Approvals(double P50, double P99, double PerSecond, string Outcome);

    /// <summary>Approves the requests, <paramref name="parallel"/> at a time; times each call that came back scheduled.</summary>
    private static async Task<Approvals> ApproveAsync(OutreachService.OutreachServiceClient outreach, List<string> ids, int parallel)
    {
        var times = new double[ids.Count];
        var statuses = new OutreachStatus[ids.Count];
        var clock = Stopwatch.StartNew();
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, ids.Count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
        {
            var started = clock.Elapsed;
            var answer = await outreach.ApproveOutreachRequestAsync(new ApproveOutreachRequestRequest { OutreachRequestId = ids[i], AllowRematch = true }, cancellationToken: ct);
            statuses[i] = answer.Status;
            times[i] = (clock.Elapsed - started).TotalMilliseconds;
        });
        var elapsed = clock.Elapsed.TotalSeconds;
        var scheduled = times.Where((_, i) => statuses[i] == OutreachStatus.Scheduled).Order().ToArray();
        var outcome = string.Create(CultureInfo.InvariantCulture,
            $"{ids.Count} in {elapsed:0.0} s: {string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Count()} {g.Key}"))}");
        if (scheduled.Length == 0)
        {
            throw new InvalidOperationException($"No approval was scheduled within its call: {outcome}");
        }
        return new Approvals(Percentile(scheduled, 0.50), Percentile(scheduled, 0.99), scheduled.Length / elapsed, outcome);
    }

    private static async Task<(string County, List<string> Ids)> TownshipsAsync(IdentityService.IdentityServiceClient identity)
    {
        var schools = (await identity.ListSchoolsAsync(new ListSchoolsRequest { PageSize = 500 })).Schools;
        var county = schools.Single(s => s.Code == "fn").SchoolId;
        return (county, [.. schools.Where(s => s.ParentId == county).Select(s => s.SchoolId)]);
    }

    /// <summary>Each request on its own weekday morning, two months out and on: they compete for nothing but the machine.</summary>
    private static OutreachDetails Details(int index)
    {
        var details = new OutreachDetails
        {
            Topic = Topic, Title = $"乡村振兴专题送教{index}", Audience = OutreachAudience.VillageCommittees, AudienceSize = 40, Category = ClassCategory.Theory,
            Place = new OutreachPlace { Kind = OutreachPlaceKind.Other, Name = "村党群服务中心" },
        };
        var slot = Slot(Day(60 + index), "");
        details.Windows.Add(new OutreachWindow { StartTime = slot.StartTime, EndTime = slot.EndTime });
        return details;
    }

    private static DateOnly Day(int daysAhead) => DateOnly.FromDateTime(DateTime.UtcNow + ChinaOffset).AddDays(daysAhead);

    private static Slot Slot(DateOnly day, string title)
    {
        var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), ChinaOffset);
        return new Slot
        {
            StartTime = Timestamp.FromDateTimeOffset(start), EndTime = Timestamp.FromDateTimeOffset(start.AddHours(2.5)), Title = title, AudienceSize = 40,
            Place = new Place { Name = "村党群服务中心" },
        };
    }

    private static double Percentile(double[] sorted, double share) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * share) - 1)];
}
