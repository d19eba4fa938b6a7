using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Cells;
using PartySchoolNet.Reporting.Periods;
using PartySchoolNet.Reporting.Scope;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.Reporting.SiteUse;

/// <summary>
/// Hours booked against hours open for the sites in service owned within the scope, as SiteResources counts its own
/// utilization: a booking counts in the month it starts (China time); a site is open its weekly hours on each day of the month.
/// Bookings of a site whose registration has not arrived yet wait for it. The figures are summed by <see cref="SiteTotals"/>.
/// </summary>
internal sealed class GetSiteUse(DbContext db, TimeProvider clock)
{
    private const int DefaultTop = 10;

    /// <summary>Hours booked and open, bookings and audience, summed over any set of site-months.</summary>
    private sealed class Tally
    {
        public double Booked { get; private set; }
        public double Open { get; private set; }
        public int Bookings { get; private set; }
        public int Audience { get; private set; }

        public void Add(double booked, double open, int bookings, int audience) =>
            (Booked, Open, Bookings, Audience) = (Booked + booked, Open + open, Bookings + bookings, Audience + audience);

        public void Add(Tally t) => Add(t.Booked, t.Open, t.Bookings, t.Audience);

        public SiteHours ToMessage() => new()
        {
            BookedHours = Math.Round(Booked, 2), OpenHours = Math.Round(Open, 2), Rate = Open > 0 ? Math.Round(Booked / Open, 4) : 0,
            Bookings = Bookings, Audience = Audience,
        };
    }

    public async Task<Contracts.SiteUse> HandleAsync(GetSiteUseRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var months = MonthRange.Read(errors, request.FromMonth, request.ToMonth, clock.GetUtcNow());
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        errors.When(request.Top is < 0 or > 100, "top", "排行数量须在1至100之间").ThrowIfAny();
        var scope = await db.ReportPathAsync(schoolId, caller, ct);

        await StaleCells.RefreshAsync(db, SiteYear.Model, ct);
        var kinds = await SiteTotals.KindsAsync(db, scope, ct);
        var booked = (await SiteTotals.KindYearsAsync(db, scope, months, ct)).ToDictionary(k => (k.Kind, k.Year),
            k => (Hours: MonthArray.Monthly(k.RunningHours), Bookings: MonthArray.Monthly(k.RunningBookings), Audience: MonthArray.Monthly(k.RunningAudience)));
        var monthList = months.Months().ToList();
        var weekdays = monthList.ToDictionary(m => m, DaysPerWeekday);
        var ranked = await SiteTotals.RankedAsync(db, scope, months, request.Top == 0 ? DefaultTop : request.Top,
            [.. Enumerable.Range(0, 7).Select(d => monthList.Sum(m => weekdays[m][d]))], ct);

        var (total, perMonth) = (new Tally(), monthList.ToDictionary(m => m, _ => new Tally()));
        var use = new Contracts.SiteUse { ScopePath = scope, FromMonth = MonthRange.Text(months.From), ToMonth = MonthRange.Text(months.To), SiteCount = kinds.Sum(k => k.Sites) };
        var kindRows = kinds.Select(kind =>
        {
            var (all, row) = (new Tally(), new SiteKindRow { Kind = kind.Kind, KindLabel = KindLabel(kind.Kind), Sites = kind.Sites });
            foreach (var month in monthList)
            {
                var cell = new Tally();
                cell.Add(0, weekdays[month].Select((days, d) => days * kind.WeeklyHours[d]).Sum(), 0, 0);
                if (booked.TryGetValue((kind.Kind, month.Year), out var year))
                {
                    var i = month.Month - 1;
                    cell.Add((double)year.Hours[i], 0, year.Bookings[i], year.Audience[i]);
                }
                all.Add(cell);
                perMonth[month].Add(cell);
                row.Months.Add(new SiteMonth { Month = MonthRange.Text(month), Hours = cell.ToMessage() });
            }
            total.Add(all);
            row.Hours = all.ToMessage();
            return (Booked: all.Booked, Row: row);
        }).ToList();
        use.Total = total.ToMessage();
        use.Months.AddRange(monthList.Select(m => new SiteMonth { Month = MonthRange.Text(m), Hours = perMonth[m].ToMessage() }));
        use.Kinds.AddRange(kindRows.OrderByDescending(k => k.Booked).ThenBy(k => k.Row.Kind, StringComparer.Ordinal).Select(k => k.Row));
        use.MostUsed.AddRange(ranked.Where(r => r.Most).Select(Row).OrderByDescending(r => r.Hours.Rate).ThenByDescending(r => r.Hours.BookedHours)
            .ThenBy(r => r.Name, StringComparer.Ordinal));
        use.LeastUsed.AddRange(ranked.Where(r => !r.Most).Select(Row).OrderBy(r => r.Hours.Rate).ThenBy(r => r.Hours.BookedHours)
            .ThenBy(r => r.Name, StringComparer.Ordinal));
        return use;
    }

    private static SiteRow Row(SiteTotals.RankedSite r)
    {
        var hours = new Tally();
        hours.Add((double)r.Hours, r.Open, r.Bookings, r.Audience);
        return new()
        {
            SiteId = r.SiteId.ToString(), Name = r.Name, Kind = r.Kind, KindLabel = KindLabel(r.Kind), OwnerPath = r.OwnerPath, Capacity = r.Capacity,
            Hours = hours.ToMessage(),
        };
    }

    /// <summary>How many Mondays … Sundays the month has.</summary>
    private static int[] DaysPerWeekday(DateOnly month)
    {
        var days = new int[7];
        for (var day = month; day.Month == month.Month; day = day.AddDays(1))
        {
            days[ChinaTime.Weekday(day) - 1]++;
        }
        return days;
    }

    private static string KindLabel(string kind) => Enum.TryParse<SiteKind>(kind, out var k) ? SiteLabels.Kinds.GetValueOrDefault(k, "") : "";
}
