using System.Diagnostics;
using System.Globalization;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using PartySchoolNet.AppHost;
using PartySchoolNet.AppHost.Services;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Testing;

namespace PartySchoolNet.Benchmarks;

/// <summary>
/// Confirmations through the gateway, as an integrator sends them: the whole platform as the AppHost runs it (Aspire's testing builder),
/// a 100-seat class with 10 units × quota 12 and 1,000 nominations, all confirmed at once over gRPC through YARP.
/// Baseline: GetClass of the same class through the same gateway, one call at a time.
/// </summary>
internal static class GatewayConfirmationsBenchmark
{
    private const int GatewayHttpPort = 6480;
    private const int GatewayGrpcPort = 6481;

    public static async Task RunAsync()
    {
        var data = Path.Combine(Path.GetTempPath(), TestInfrastructure.UniqueName("psn_bench"));
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.PartySchoolNet_AppHost>(
            PlatformSettings.CommandLine(data, postgresPort: 5437, rabbitMqPort: 5677, GatewayHttpPort, GatewayGrpcPort, durablePostgres: false),
            (options, _) => options.DisableDashboard = true);
        builder.SetForEveryService(new Dictionary<string, string>
        {
            ["Gateway__RateLimit__PermitLimit"] = "1000000", ["Enrollment__SeedDemoData"] = "false",
            ["FacultyPool__SeedDemoPool"] = "false", ["SiteResources__SeedDemoCatalogue"] = "false",
        });
        await using var app = await builder.BuildAsync();
        try
        {
            await app.StartAsync();
            await app.ResourceNotifications.WaitForResourceHealthyAsync("identity");
            await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway");
            await MeasureAsync();
            await app.StopAsync();
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task MeasureAsync()
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{GatewayHttpPort}") };
        var client = new EnrollmentService.EnrollmentServiceClient(
            GrpcTesting.Channel(new Uri($"http://127.0.0.1:{GatewayGrpcPort}"), await Tokens.PasswordAsync(http, "fn.admin")));
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
