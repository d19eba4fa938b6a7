using System.Diagnostics;
using System.Globalization;
using System.Text;
using PartySchoolNet.AppHost;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Testing;

namespace PartySchoolNet.Benchmarks;

/// <summary>
/// Confirmations through the gateway, as an integrator sends them: the whole platform as processes (like the apphost),
/// a 100-seat class with 10 units × quota 12 and 1,000 nominations, all confirmed at once over gRPC through YARP.
/// Baseline: GetClass of the same class through the same gateway, one call at a time.
/// </summary>
internal static class GatewayConfirmationsBenchmark
{
    public static async Task RunAsync()
    {
        var log = new List<string>();
        var layout = new PlatformLayout(
            DataDirectory: Path.Combine(Path.GetTempPath(), TestInfrastructure.UniqueName("psn_bench")),
            PostgresPort: TestInfrastructure.PostgresPort, RabbitMqPort: 5677, ServiceBasePort: 6300, GatewayHttpPort: 6380, GatewayGrpcPort: 6381)
        {
            DatabasePrefix = TestInfrastructure.UniqueName("bench") + "_",
            Overrides = new Dictionary<string, string>
            {
                ["Gateway__RateLimit__PermitLimit"] = "1000000", ["Enrollment__SeedDemoData"] = "false",
                ["FacultyPool__SeedDemoPool"] = "false", ["SiteResources__SeedDemoCatalogue"] = "false",
            },
        };
        var paths = RepositoryPaths.FromRunningBinary();
        var infrastructure = new Infrastructure(paths, layout, log.Add);
        await infrastructure.StartRabbitMqAsync();
        var platform = new Platform(paths, layout, log.Add);
        try
        {
            await platform.StartAsync(TimeSpan.FromMinutes(3));
            await MeasureAsync(layout);
        }
        finally
        {
            await platform.DisposeAsync();
            await infrastructure.StopRabbitMqAsync();
            foreach (var service in layout.Services)
            {
                await TestInfrastructure.DropDatabaseAsync(layout.DatabasePrefix + service.Database);
            }
        }
    }

    private static async Task MeasureAsync(PlatformLayout layout)
    {
        var http = new HttpClient { BaseAddress = new Uri(layout.Gateway.HttpUrl) };
        var client = new EnrollmentService.EnrollmentServiceClient(GrpcTesting.Channel(new Uri(layout.Gateway.GrpcUrl), await Tokens.PasswordAsync(http, "fn.admin")));
        var csv = new StringBuilder("单位,人员编号,姓名,职级,任职年限,是否领导\n");
        for (var i = 0; i < 1000; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"压测单位{i / 100},P-{i},压测学员{i},一般干部,5,否\n");
        }
        await client.ImportRosterAsync(new ImportRosterRequest { Csv = csv.ToString() });
        var units = (await client.ListUnitsAsync(new ListUnitsRequest())).Units.Where(u => u.Name.StartsWith("压测单位", StringComparison.Ordinal)).ToList();
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var details = new ClassDetails { Title = "压测班次", Category = ClassCategory.Capability, Mode = ClassMode.OnSite, StartDate = start, EndDate = start, Capacity = 100, CreditHours = 8 };
        details.Quotas.AddRange(units.Select(u => new UnitQuota { UnitId = u.UnitId, Seats = 12 }));
        var training = await client.CreateClassAsync(new CreateClassRequest { Details = details });
        await client.PublishClassAsync(new ClassTransitionRequest { ClassId = training.ClassId });
        var nominations = new List<PartySchoolNet.Enrollment.Contracts.Enrollment>();
        foreach (var unit in units)
        {
            var cadres = await client.ListCadresAsync(new ListCadresRequest { UnitId = unit.UnitId, PageSize = 500 });
            var request = new NominateRequest { ClassId = training.ClassId, UnitId = unit.UnitId };
            request.CadreIds.AddRange(cadres.Cadres.Select(c => c.CadreId));
            nominations.AddRange((await client.NominateAsync(request)).Enrollments);
        }

        var baseline = await Timing.MeasureAsync("baseline: GetClass through the gateway", () => client.GetClassAsync(new GetClassRequest { ClassId = training.ClassId }).ResponseAsync);
        var clock = Stopwatch.StartNew();
        var outcomes = await Task.WhenAll(nominations.Select(n => client.ConfirmEnrollmentAsync(new ConfirmEnrollmentRequest { EnrollmentId = n.EnrollmentId }).ResponseAsync));
        var elapsed = clock.Elapsed;

        var perCall = elapsed.TotalMilliseconds / outcomes.Length;
        Console.WriteLine(baseline.Line(baseline));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"1,000 parallel confirmations: {elapsed.TotalSeconds:0.00} s, {outcomes.Length / elapsed.TotalSeconds:0} confirmations/s, {perCall:0.00} ms each ×{perCall / baseline.MedianMs:0.0} baseline"));
        Console.WriteLine($"confirmed {outcomes.Count(o => o.Status == EnrollmentStatus.Confirmed)}, waitlisted {outcomes.Count(o => o.Status == EnrollmentStatus.Waitlisted)}");
    }
}
