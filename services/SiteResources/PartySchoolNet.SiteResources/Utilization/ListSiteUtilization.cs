using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Data;
using PartySchoolNet.SiteResources.Sites;

namespace PartySchoolNet.SiteResources.Utilization;

/// <summary>
/// For the sites the caller's scope owns: per local month, the hours of confirmed bookings over the hours the site
/// was open (its weekly windows summed over the month's days). Bookings lie within one opening window, so the
/// booked hours never exceed the open hours.
/// </summary>
internal sealed class ListSiteUtilization(SiteResourcesDbContext db)
{
    public async Task<ListSiteUtilizationResponse> HandleAsync(ListSiteUtilizationRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var range = MonthRange.Read(errors, request.FromMonth, request.ToMonth);
        var siteId = errors.Id(request.SiteId, "site_id", "场地", required: false);
        var underId = errors.Id(request.UnderSchoolId, "under_school_id", "学校", required: false);
        var page = errors.Page(request.PageSize, request.PageToken, 50, 200);
        errors.ThrowIfAny();

        var scope = underId == Guid.Empty ? caller.ScopePath : (await db.GetSchoolInScopeAsync(underId, caller, ct)).Path;
        var sites = db.Sites.AsNoTracking().WhereWithin(scope, s => s.OwnerPath);
        if (siteId != Guid.Empty)
        {
            var managed = await db.GetManagedSiteAsync(siteId, caller, ct);
            sites = sites.Where(s => s.Id == managed.Id);
        }
        var total = await sites.CountAsync(ct);
        var pageSites = await sites.OrderBy(s => s.OwnerPath).ThenBy(s => s.Name).Skip(page.Offset).Take(page.Size).ToListAsync(ct);
        var booked = await BookedHoursAsync(pageSites.Select(s => s.Id).ToList(), range!, ct);

        var response = new ListSiteUtilizationResponse { TotalSites = total, NextPageToken = page.NextToken(total) };
        foreach (var site in pageSites)
        {
            foreach (var month in range!.Months())
            {
                var open = OpenHours(site, month);
                var hours = booked.GetValueOrDefault((site.Id, month));
                response.Rows.Add(new SiteMonthUtilization
                {
                    SiteId = site.Id.ToString(), SiteName = site.Name, OwnerSchoolId = site.OwnerSchoolId.ToString(),
                    Month = month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    BookedHours = Math.Round(hours, 2), OpenHours = Math.Round(open, 2), Rate = open > 0 ? Math.Round(hours / open, 4) : 0,
                });
            }
        }
        return response;
    }

    private async Task<Dictionary<(Guid, DateOnly), double>> BookedHoursAsync(List<Guid> siteIds, MonthRange range, CancellationToken ct)
    {
        var (from, until) = (ChinaTime.Instant(range.First, TimeOnly.MinValue), ChinaTime.Instant(range.Last.AddMonths(1), TimeOnly.MinValue));
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => siteIds.Contains(b.SiteId) && b.Status == BookingStatus.Confirmed && b.StartsAt >= from && b.StartsAt < until)
            .Select(b => new { b.SiteId, b.StartsAt, b.EndsAt })
            .ToListAsync(ct);
        return bookings
            .GroupBy(b => (b.SiteId, MonthOf(b.StartsAt)))
            .ToDictionary(g => g.Key, g => g.Sum(b => (b.EndsAt - b.StartsAt).TotalHours));
    }

    private static DateOnly MonthOf(DateTimeOffset instant)
    {
        var local = ChinaTime.Local(instant);
        return new DateOnly(local.Year, local.Month, 1);
    }

    private static double OpenHours(Site site, DateOnly month)
    {
        var hours = 0.0;
        for (var day = month; day.Month == month.Month; day = day.AddDays(1))
        {
            var weekday = ChinaTime.Weekday(day);
            hours += site.OpeningHours.Where(w => w.Weekday == weekday).Sum(w => w.Length.TotalHours);
        }
        return hours;
    }
}
