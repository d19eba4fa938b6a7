using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Features.Cells;
using PartySchoolNet.Reporting.Features.Periods;
using PartySchoolNet.Reporting.Features.Scope;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.Reporting.Features.SiteUse;

/// <summary>
/// Hours booked against hours open for the sites in service owned within the scope, as SiteResources counts its own
/// utilization: a booking counts in the month it starts (China time); a site is open its weekly hours on each day of the month.
/// Bookings of a site whose registration has not arrived yet wait for it. Bookings are summed from the sites' <see cref="SiteYear"/>s.
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

        var sites = await db.Set<SiteFacts>().AsNoTracking().WhereWithin(scope, s => s.OwnerPath).Where(s => !s.Retired).ToListAsync(ct);
        await StaleCells.RefreshAsync(db, SiteYear.Model, ct);
        var booked = (await db.Set<SiteYear>().AsNoTracking().WhereWithin(scope, y => y.OwnerPath)
                .Where(y => y.Year >= months.From.Year && y.Year <= months.To.Year).ToListAsync(ct))
            .SelectMany(y => Enumerable.Range(1, 12).Select(m => (y.SiteId, Month: new DateOnly(y.Year, m, 1), Hours: y.Hours[m - 1], Bookings: y.Bookings[m - 1], Audience: y.Audience[m - 1])))
            .Where(b => b.Bookings > 0 && b.Month >= months.From && b.Month <= months.To)
            .GroupBy(b => (b.SiteId, b.Month))
            .ToDictionary(g => g.Key, g => (Hours: g.Sum(b => b.Hours), Bookings: g.Sum(b => b.Bookings), Audience: g.Sum(b => b.Audience)));

        var monthList = months.Months().ToList();
        var weekdays = monthList.ToDictionary(m => m, DaysPerWeekday);
        var (total, perMonth, perSite) = (new Tally(), monthList.ToDictionary(m => m, _ => new Tally()), new Dictionary<Guid, Tally>());
        var perKind = new Dictionary<string, (Tally All, Dictionary<DateOnly, Tally> Months)>();
        foreach (var site in sites)
        {
            var siteTally = perSite[site.SiteId] = new Tally();
            if (!perKind.TryGetValue(site.Kind, out var kind))
            {
                kind = perKind[site.Kind] = (new Tally(), monthList.ToDictionary(m => m, _ => new Tally()));
            }
            foreach (var month in monthList)
            {
                var open = weekdays[month].Select((days, i) => days * site.WeeklyHours.ElementAtOrDefault(i)).Sum();
                var cell = new Tally();
                if (booked.TryGetValue((site.SiteId, month), out var b))
                {
                    cell.Add((double)b.Hours, 0, b.Bookings, b.Audience);
                }
                cell.Add(0, open, 0, 0);
                siteTally.Add(cell);
                kind.Months[month].Add(cell);
                perMonth[month].Add(cell);
            }
            kind.All.Add(siteTally);
            total.Add(siteTally);
        }

        var use = new Contracts.SiteUse
        {
            ScopePath = scope, FromMonth = MonthRange.Text(months.From), ToMonth = MonthRange.Text(months.To), SiteCount = sites.Count, Total = total.ToMessage(),
        };
        use.Months.AddRange(monthList.Select(m => new SiteMonth { Month = MonthRange.Text(m), Hours = perMonth[m].ToMessage() }));
        use.Kinds.AddRange(perKind.OrderByDescending(k => k.Value.All.Booked).ThenBy(k => k.Key, StringComparer.Ordinal).Select(k => new SiteKindRow
        {
            Kind = k.Key, KindLabel = KindLabel(k.Key), Sites = sites.Count(s => s.Kind == k.Key), Hours = k.Value.All.ToMessage(),
            Months = { monthList.Select(m => new SiteMonth { Month = MonthRange.Text(m), Hours = k.Value.Months[m].ToMessage() }) },
        }));
        var ranked = sites.Where(s => perSite[s.SiteId].Open > 0).Select(s => (Site: s, Hours: perSite[s.SiteId].ToMessage())).ToList();
        var top = request.Top == 0 ? DefaultTop : request.Top;
        use.MostUsed.AddRange(ranked.OrderByDescending(r => r.Hours.Rate).ThenByDescending(r => r.Hours.BookedHours).ThenBy(r => r.Site.Name, StringComparer.Ordinal)
            .Take(top).Select(Row));
        use.LeastUsed.AddRange(ranked.OrderBy(r => r.Hours.Rate).ThenBy(r => r.Hours.BookedHours).ThenBy(r => r.Site.Name, StringComparer.Ordinal)
            .Take(top).Select(Row));
        return use;
    }

    private static SiteRow Row((SiteFacts Site, SiteHours Hours) r) => new()
    {
        SiteId = r.Site.SiteId.ToString(), Name = r.Site.Name, Kind = r.Site.Kind, KindLabel = KindLabel(r.Site.Kind), OwnerPath = r.Site.OwnerPath,
        Capacity = r.Site.Capacity, Hours = r.Hours,
    };

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
