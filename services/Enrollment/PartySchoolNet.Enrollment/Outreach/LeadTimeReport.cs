using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>Per county in the caller's scope: how many requests a year brought and how many days each stage took on average.</summary>
internal sealed class LeadTimeReport(EnrollmentDbContext db, TimeProvider clock)
{
    public async Task<Contracts.OutreachLeadTimes> GetAsync(GetOutreachLeadTimesRequest request, Caller caller, CancellationToken ct)
    {
        var year = request.Year == 0 ? ChinaTime.Day(clock.GetUtcNow()).Year : request.Year;
        new FieldErrors().When(year is < 2000 or > 2100, "year", "年份无效").ThrowIfAny();
        var (from, until) = (ChinaTime.Instant(new DateOnly(year, 1, 1), TimeOnly.MinValue), ChinaTime.Instant(new DateOnly(year + 1, 1, 1), TimeOnly.MinValue));
        var rows = await db.OutreachRequests.AsNoTracking().WhereWithin(caller.ScopePath, r => r.TownshipPath)
            .Where(r => r.RequestedAt >= from && r.RequestedAt < until)
            .Select(r => new { r.CountyId, r.Status, r.RequestedAt, r.ApprovedAt, r.ScheduledAt, r.DeliveredAt })
            .ToListAsync(ct);
        var counties = rows.Select(r => r.CountyId).Distinct().ToList();
        var names = await db.Schools.Where(s => counties.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var response = new Contracts.OutreachLeadTimes { Year = year };
        foreach (var county in rows.GroupBy(r => r.CountyId).OrderBy(g => names.GetValueOrDefault(g.Key, ""), StringComparer.Ordinal))
        {
            response.Counties.Add(new CountyLeadTimes
            {
                CountyId = county.Key.ToString(), CountyName = names.GetValueOrDefault(county.Key, ""), Requested = county.Count(),
                Delivered = county.Count(r => r.Status == OutreachStatus.Delivered), Declined = county.Count(r => r.Status == OutreachStatus.Declined),
                DaysToApproval = Days(county.Select(r => r.ApprovedAt - r.RequestedAt)),
                DaysToSchedule = Days(county.Select(r => r.ScheduledAt - r.RequestedAt)),
                DaysToDelivery = Days(county.Select(r => r.DeliveredAt - r.RequestedAt)),
            });
        }
        return response;
    }

    private static double Days(IEnumerable<TimeSpan?> spans)
    {
        var reached = spans.OfType<TimeSpan>().ToList();
        return reached.Count == 0 ? 0 : Math.Round(reached.Average(s => s.TotalDays), 1);
    }
}
