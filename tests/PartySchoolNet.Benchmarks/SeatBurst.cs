using System.Diagnostics;
using System.Globalization;
using System.Text;
using Grpc.Core;
using PartySchoolNet.Enrollment.Contracts;

namespace PartySchoolNet.Benchmarks;

/// <summary>How fast a burst of seat changes on one class went, and what it came to.</summary>
internal sealed record BurstResult(double PerSecond, string Summary);

/// <summary>Seat changes as a school's staff and an integrator send them at once, through the gateway over gRPC.</summary>
internal static class SeatBurst
{
    /// <summary>A 100-seat class with 10 units × quota 12 and 1,000 nominations, all confirmed at once.</summary>
    public static async Task<BurstResult> ConfirmationsAsync(EnrollmentService.EnrollmentServiceClient client)
    {
        var units = await UnitsAsync(client, "压测确认单位", "BC", 1000);
        var details = Details("压测确认班", ClassMode.OnSite, 100);
        details.Quotas.AddRange(units.Select(u => new UnitQuota { UnitId = u.UnitId, Seats = 12 }));
        var training = await OpenAsync(client, details);
        var nominations = new List<Enrollment.Contracts.Enrollment>();
        foreach (var unit in units)
        {
            var cadres = await client.ListCadresAsync(new ListCadresRequest { UnitId = unit.UnitId, PageSize = 500 });
            var request = new NominateRequest { ClassId = training.ClassId, UnitId = unit.UnitId };
            request.CadreIds.AddRange(cadres.Cadres.Select(c => c.CadreId));
            nominations.AddRange((await client.NominateAsync(request)).Enrollments);
        }
        var clock = Stopwatch.StartNew();
        var outcomes = await Task.WhenAll(nominations.Select(n => client.ConfirmEnrollmentAsync(new ConfirmEnrollmentRequest { EnrollmentId = n.EnrollmentId }).ResponseAsync));
        var elapsed = clock.Elapsed.TotalSeconds;
        var confirmed = outcomes.Count(o => o.Status == EnrollmentStatus.Confirmed);
        var overbooked = Math.Max(0, (await client.GetClassAsync(new GetClassRequest { ClassId = training.ClassId })).ConfirmedCount - 100);
        return new BurstResult(outcomes.Length / elapsed, string.Create(CultureInfo.InvariantCulture,
            $"1,000 in {elapsed:0.00} s: {confirmed} confirmed, {outcomes.Count(o => o.Status == EnrollmentStatus.Waitlisted)} waitlisted, {overbooked} overbooked"));
    }

    /// <summary>600 cadres select a 50-seat self-selected course at once: exactly 50 seats, the rest refused as full.</summary>
    public static async Task<BurstResult> SelectionsAsync(EnrollmentService.EnrollmentServiceClient client)
    {
        var units = await UnitsAsync(client, "压测选学单位", "BS", 600);
        var course = await OpenAsync(client, Details("压测自主选学课程", ClassMode.SelfSelected, 50));
        var cadres = new List<string>();
        foreach (var unit in units)
        {
            cadres.AddRange((await client.ListCadresAsync(new ListCadresRequest { UnitId = unit.UnitId, PageSize = 500 })).Cadres.Select(c => c.CadreId));
        }
        var clock = Stopwatch.StartNew();
        var outcomes = await Task.WhenAll(cadres.Select(async id =>
        {
            try
            {
                await client.SelectCourseAsync(new SelectCourseRequest { ClassId = course.ClassId, CadreId = id });
                return true;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
            {
                return false;
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        return new BurstResult(outcomes.Length / elapsed, string.Create(CultureInfo.InvariantCulture,
            $"600 in {elapsed:0.00} s: {outcomes.Count(o => o)} seated of 50"));
    }

    private static async Task<List<Unit>> UnitsAsync(EnrollmentService.EnrollmentServiceClient client, string prefix, string staffPrefix, int cadres)
    {
        var csv = new StringBuilder("单位,人员编号,姓名,职级,任职年限,是否领导\n");
        for (var i = 0; i < cadres; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{prefix}{i / 100},{staffPrefix}-{i},压测学员{i},一般干部,5,否\n");
        }
        await client.ImportRosterAsync(new ImportRosterRequest { Csv = csv.ToString() });
        return [.. (await client.ListUnitsAsync(new ListUnitsRequest())).Units.Where(u => u.Name.StartsWith(prefix, StringComparison.Ordinal))];
    }

    private static ClassDetails Details(string title, ClassMode mode, int capacity)
    {
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ClassDetails { Title = title, Category = ClassCategory.Capability, Mode = mode, StartDate = start, EndDate = start, Capacity = capacity, CreditHours = 8 };
    }

    private static async Task<TrainingClass> OpenAsync(EnrollmentService.EnrollmentServiceClient client, ClassDetails details)
    {
        var training = await client.CreateClassAsync(new CreateClassRequest { Details = details });
        return await client.PublishClassAsync(new ClassTransitionRequest { ClassId = training.ClassId });
    }
}
