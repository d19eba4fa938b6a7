using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Periods;
using PartySchoolNet.Reporting.Scope;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Reporting.Outreach;

/// <summary>
/// 送教下基层 over the requests made in the months asked, per county of the scope (its first two path parts) and in total:
/// what became of them and how long each stage took. A request's status is its furthest end: delivered, else declined, else
/// withdrawn, else still open.
/// </summary>
internal sealed class GetOutreachReport(DbContext db, TimeProvider clock)
{
    // Constant statements; the scope and months go in as parameters {0}–{3}. ROLLUP adds the total as the row with no county.
    private const string CountiesSql =
        """
        WITH o AS (
            SELECT array_to_string((string_to_array(township_path, '.'))[1:2], '.') AS county, delivered_at, declined_at, withdrawn_at,
                   attendance, delivered_hours,
                   (extract(epoch FROM approved_at - requested_at) / 3600)::float8 AS to_approval,
                   (extract(epoch FROM scheduled_at - approved_at) / 3600)::float8 AS to_schedule,
                   (extract(epoch FROM delivered_at - scheduled_at) / 3600)::float8 AS to_delivery,
                   (extract(epoch FROM delivered_at - requested_at) / 3600)::float8 AS overall
            FROM outreach_requests
            WHERE (township_path = {0} OR township_path LIKE {1}) AND month BETWEEN {2} AND {3})
        SELECT county, count(*)::int AS requested, count(delivered_at)::int AS delivered,
               count(*) FILTER (WHERE delivered_at IS NULL AND declined_at IS NOT NULL)::int AS declined,
               count(*) FILTER (WHERE delivered_at IS NULL AND declined_at IS NULL AND withdrawn_at IS NOT NULL)::int AS withdrawn,
               coalesce(sum(attendance), 0)::int AS attendance, coalesce(sum(delivered_hours), 0) AS delivered_hours,
               count(to_approval)::int AS approval_count, percentile_disc(0.5) WITHIN GROUP (ORDER BY to_approval) AS approval_p50,
               percentile_disc(0.9) WITHIN GROUP (ORDER BY to_approval) AS approval_p90,
               count(to_schedule)::int AS schedule_count, percentile_disc(0.5) WITHIN GROUP (ORDER BY to_schedule) AS schedule_p50,
               percentile_disc(0.9) WITHIN GROUP (ORDER BY to_schedule) AS schedule_p90,
               count(to_delivery)::int AS delivery_count, percentile_disc(0.5) WITHIN GROUP (ORDER BY to_delivery) AS delivery_p50,
               percentile_disc(0.9) WITHIN GROUP (ORDER BY to_delivery) AS delivery_p90,
               count(overall)::int AS overall_count, percentile_disc(0.5) WITHIN GROUP (ORDER BY overall) AS overall_p50,
               percentile_disc(0.9) WITHIN GROUP (ORDER BY overall) AS overall_p90
        FROM o
        GROUP BY ROLLUP (county)
        ORDER BY county NULLS LAST
        """;

    private const string QuietTownshipsSql =
        """
        SELECT s.id, s.name, s.path, count(o.outreach_request_id)::int AS requested
        FROM schools s LEFT JOIN outreach_requests o ON o.township_id = s.id AND o.month BETWEEN {2} AND {3}
        WHERE s.tier = 'Township' AND (s.path = {0} OR s.path LIKE {1})
        GROUP BY s.id, s.name, s.path
        HAVING count(o.delivered_at) = 0
        ORDER BY s.path
        """;

    private sealed class CountyLine
    {
        public string? County { get; init; }
        public int Requested { get; init; }
        public int Delivered { get; init; }
        public int Declined { get; init; }
        public int Withdrawn { get; init; }
        public int Attendance { get; init; }
        public decimal DeliveredHours { get; init; }
        public int ApprovalCount { get; init; }
        public double? ApprovalP50 { get; init; }
        public double? ApprovalP90 { get; init; }
        public int ScheduleCount { get; init; }
        public double? ScheduleP50 { get; init; }
        public double? ScheduleP90 { get; init; }
        public int DeliveryCount { get; init; }
        public double? DeliveryP50 { get; init; }
        public double? DeliveryP90 { get; init; }
        public int OverallCount { get; init; }
        public double? OverallP50 { get; init; }
        public double? OverallP90 { get; init; }
    }

    private sealed class TownshipLine
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Path { get; init; } = "";
        public int Requested { get; init; }
    }

    public async Task<OutreachReport> HandleAsync(GetOutreachReportRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var months = MonthRange.Read(errors, request.FromMonth, request.ToMonth, clock.GetUtcNow());
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        errors.ThrowIfAny();
        var scope = await db.ReportPathAsync(schoolId, caller, ct);
        object[] parameters = [scope, scope + ".%", months.From, months.To];

        var lines = await db.Database.SqlQueryRaw<CountyLine>(CountiesSql, parameters).ToListAsync(ct);
        var quiet = await db.Database.SqlQueryRaw<TownshipLine>(QuietTownshipsSql, parameters).ToListAsync(ct);
        var townships = await db.Set<SchoolReplica>().WhereWithin(scope, s => s.Path).CountAsync(s => s.Tier == SchoolTier.Township, ct);
        var counties = lines.Where(l => l.County is not null).Select(l => l.County!).ToList();
        var names = await db.Set<SchoolReplica>().AsNoTracking().Where(s => counties.Contains(s.Path)).ToDictionaryAsync(s => s.Path, s => s.Name, ct);

        var report = new OutreachReport
        {
            ScopePath = scope, FromMonth = MonthRange.Text(months.From), ToMonth = MonthRange.Text(months.To), TownshipCount = townships,
            Total = Figures(lines.SingleOrDefault(l => l.County is null) ?? new CountyLine()),
        };
        report.Counties.AddRange(lines.Where(l => l.County is not null).Select(l => new OutreachCountyRow
        {
            CountyPath = l.County!, CountyName = names.GetValueOrDefault(l.County!, ""), Figures = Figures(l),
        }));
        report.TownshipsWithoutOutreach.AddRange(quiet.Select(t => new TownshipWithoutOutreach
        {
            SchoolId = t.Id.ToString(), Name = t.Name, Path = t.Path, Requested = t.Requested,
        }));
        return report;
    }

    private static OutreachFigures Figures(CountyLine l)
    {
        var kept = l.Requested - l.Withdrawn;
        return new OutreachFigures
        {
            Requested = l.Requested, Delivered = l.Delivered, Declined = l.Declined, Withdrawn = l.Withdrawn,
            Open = l.Requested - l.Delivered - l.Declined - l.Withdrawn, DeliveryRate = kept == 0 ? 0 : Math.Round((double)l.Delivered / kept, 4),
            Attendance = l.Attendance, DeliveredHours = (double)l.DeliveredHours,
            ToApproval = Stage(l.ApprovalCount, l.ApprovalP50, l.ApprovalP90), ToSchedule = Stage(l.ScheduleCount, l.ScheduleP50, l.ScheduleP90),
            ToDelivery = Stage(l.DeliveryCount, l.DeliveryP50, l.DeliveryP90), Overall = Stage(l.OverallCount, l.OverallP50, l.OverallP90),
        };
    }

    private static StageHours Stage(int count, double? median, double? p90) => new()
    {
        Count = count, MedianHours = Math.Round(median ?? 0, 1), P90Hours = Math.Round(p90 ?? 0, 1),
    };
}
