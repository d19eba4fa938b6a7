using Google.Protobuf.WellKnownTypes;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.Testing;

namespace PartySchoolNet.Benchmarks;

/// <summary>
/// Instructor matching over the demo pool (2,000+ instructors with hours, blackouts and assignments), called in-process,
/// so the figure is the server's time plus in-memory gRPC framing. Baseline: fetching one instructor by id on the same host.
/// </summary>
internal static class InstructorMatchingBenchmark
{
    public static async Task RunAsync()
    {
        await using var host = new DomainServiceHost<FacultyPoolDbContext>("faculty-pool", new Dictionary<string, string> { ["FacultyPool:SeedDemoPool"] = "true" });
        await host.InitializeAsync();
        await host.UntilEverySchoolHandledByAsync("DemoPoolConsumer", TimeSpan.FromMinutes(3));
        Console.WriteLine($"Pool: {await host.CountAsync("instructors")} instructors, {await host.CountAsync("assignments")} assignments");
        // A live database has statistics (autovacuum gathers them within a minute of a bulk load); freshly seeded, it has none
        // and the planner guesses one row per table. Measure the steady state.
        await TestInfrastructure.ExecuteAsync(host.ConnectionString, "ANALYZE");

        var wjb = new FacultyPoolService.FacultyPoolServiceClient(await host.ChannelFor("wjb.admin"));
        var dispatcher = new FacultyPoolService.FacultyPoolServiceClient(await host.ChannelFor("fn.dispatcher"));
        var city = new FacultyPoolService.FacultyPoolServiceClient(await host.ChannelFor("fy.admin"));
        var anyInstructor = (await wjb.ListInstructorsAsync(new ListInstructorsRequest { PageSize = 1 })).Instructors[0].InstructorId;
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        while (day.DayOfWeek != DayOfWeek.Tuesday)
        {
            day = day.AddDays(1);
        }
        Timestamp At(int hour) => Timestamp.FromDateTimeOffset(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8)));
        MatchInstructorsRequest Match(string topic, int from, int until, int pageSize = 20) => new()
        {
            Topic = topic, StartTime = At(from), EndTime = At(until), AudienceSize = 50, PageSize = pageSize,
            Place = new Place { Name = "王家坝镇新时代文明实践所", Location = new Google.Type.LatLng { Latitude = 32.437, Longitude = 115.586 } },
        };

        var baseline = await Timing.MeasureAsync("baseline: GetInstructor by id", () => wjb.GetInstructorAsync(new GetInstructorRequest { InstructorId = anyInstructor }).ResponseAsync);
        Timing[] matches =
        [
            await Timing.MeasureAsync("township: 乡村振兴, Tue 09–11, top 20", () => wjb.MatchInstructorsAsync(Match("乡村振兴", 9, 11)).ResponseAsync),
            await Timing.MeasureAsync("county dispatcher: 基层治理, Tue 19–21, top 20", () => dispatcher.MatchInstructorsAsync(Match("基层治理", 19, 21)).ResponseAsync),
            await Timing.MeasureAsync("city: 党史学习教育, Tue 14:30–16:30, top 100", () => city.MatchInstructorsAsync(Match("党史学习教育", 14, 16, 100)).ResponseAsync),
        ];

        Console.WriteLine(baseline.Line(baseline));
        foreach (var match in matches)
        {
            Console.WriteLine(match.Line(baseline));
        }
        RatioTable.AddSlowest("M1", "instructor matching, slowest case ÷ GetInstructor by id (median)", matches, baseline);
    }
}
