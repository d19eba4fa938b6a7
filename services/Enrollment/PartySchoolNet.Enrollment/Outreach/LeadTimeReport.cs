using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>
/// Per county in the caller's scope, over the requests made in a range of days: how many are in each status, and the median
/// and 90th percentile of each stage's time (a few slow requests are what a county must see, which an average hides).
/// </summary>
internal sealed class LeadTimeReport(EnrollmentDbContext db, TimeProvider clock)
{
    private const int MaxDays = 731;

    private static readonly OutreachStatus[] FlowOrder =
    [
        OutreachStatus.Requested, OutreachStatus.Approving, OutreachStatus.AwaitingLending, OutreachStatus.Scheduled, OutreachStatus.Delivered,
        OutreachStatus.Returned, OutreachStatus.Declined, OutreachStatus.Withdrawn,
    ];

    private sealed record Row(Guid CountyId, OutreachStatus Status, DateTimeOffset RequestedAt, DateTimeOffset? ApprovedAt, DateTimeOffset? ScheduledAt, DateTimeOffset? DeliveredAt);

    public async Task<Contracts.OutreachLeadTimes> GetAsync(GetOutreachLeadTimesRequest request, Caller caller, CancellationToken ct)
    {
        var (first, last) = Range(request);
        var (from, until) = (ChinaTime.Instant(first, TimeOnly.MinValue), ChinaTime.Instant(last.AddDays(1), TimeOnly.MinValue));
        var rows = await db.OutreachRequests.AsNoTracking().WhereWithin(caller.ScopePath, r => r.TownshipPath)
            .Where(r => r.RequestedAt >= from && r.RequestedAt < until)
            .Select(r => new Row(r.CountyId, r.Status, r.RequestedAt, r.ApprovedAt, r.ScheduledAt, r.DeliveredAt))
            .ToListAsync(ct);
        var counties = rows.Select(r => r.CountyId).Distinct().ToList();
        var names = await db.Schools.Where(s => counties.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var response = new Contracts.OutreachLeadTimes { FromDate = TimeInput.Format(first), UntilDate = TimeInput.Format(last) };
        foreach (var county in rows.GroupBy(r => r.CountyId).OrderBy(g => names.GetValueOrDefault(g.Key, ""), StringComparer.Ordinal))
        {
            var times = new CountyLeadTimes
            {
                CountyId = county.Key.ToString(), CountyName = names.GetValueOrDefault(county.Key, ""), Requested = county.Count(),
                ToApproval = Stage(county.Select(r => r.ApprovedAt - r.RequestedAt)),
                ToSchedule = Stage(county.Select(r => r.ScheduledAt - r.ApprovedAt)),
                ToDelivery = Stage(county.Select(r => r.DeliveredAt - r.ScheduledAt)),
                Overall = Stage(county.Select(r => r.DeliveredAt - r.RequestedAt)),
            };
            times.ByStatus.AddRange(FlowOrder.Select(s => (Status: s, Count: county.Count(r => r.Status == s))).Where(s => s.Count > 0)
                .Select(s => new StatusCount { Status = s.Status, StatusLabel = Labels.OutreachStatuses[s.Status], Count = s.Count }));
            response.Counties.Add(times);
        }
        return response;
    }

    /// <summary>A range of days when one is given, else the year asked for (or this one), China time.</summary>
    private (DateOnly First, DateOnly Last) Range(GetOutreachLeadTimesRequest request)
    {
        var errors = new FieldErrors();
        if (request.FromDate.Length > 0 || request.UntilDate.Length > 0)
        {
            var first = errors.Day(request.FromDate, "from_date");
            var last = errors.Day(request.UntilDate, "until_date");
            errors.When(first > last, "until_date", "结束日期不能早于开始日期")
                .When(last?.DayNumber - first?.DayNumber >= MaxDays, "until_date", "统计范围不能超过两年").ThrowIfAny();
            return (first!.Value, last!.Value);
        }
        var year = request.Year == 0 ? ChinaTime.Day(clock.GetUtcNow()).Year : request.Year;
        errors.When(year is < 2000 or > 2100, "year", "年份无效").ThrowIfAny();
        return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    /// <summary>Median and 90th percentile (nearest rank) in hours, over the requests that completed the stage.</summary>
    private static StageTime Stage(IEnumerable<TimeSpan?> spans)
    {
        var hours = spans.OfType<TimeSpan>().Select(s => s.TotalHours).Order().ToList();
        return hours.Count == 0 ? new StageTime() : new StageTime
        {
            Count = hours.Count, MedianHours = Math.Round(Rank(hours, 0.5), 1), P90Hours = Math.Round(Rank(hours, 0.9), 1),
        };
    }

    private static double Rank(List<double> sorted, double share) => sorted[(int)Math.Ceiling(share * sorted.Count) - 1];
}
