using Microsoft.EntityFrameworkCore;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Geo;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Bookings;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Data;
using PartySchoolNet.SiteResources.Sites;

namespace PartySchoolNet.SiteResources.Search;

/// <summary>
/// The sites in service a school may book that match, nearest first. Everything is filtered and sorted in PostgreSQL: the
/// sharing rule (the site's share path is the school's path or one of its ancestors), the free-window rule
/// (an opening window covers it and no holding booking overlaps it) and the haversine distance.
/// </summary>
internal sealed class SearchSites(SiteResourcesDbContext db)
{
    private const double RadiansPerDegree = Math.PI / 180;

    public async Task<SearchSitesResponse> HandleAsync(SearchSitesRequest request, Caller caller, CancellationToken ct)
    {
        var criteria = SiteSearchCriteria.Read(request);
        var requester = await db.GetActingSchoolAsync(criteria.RequesterId, caller, ct);
        var origin = criteria.Near ?? (criteria.NearSchoolId == Guid.Empty ? requester.Location : (await db.GetKnownSchoolAsync(criteria.NearSchoolId, ct, "参照学校")).Location);
        new FieldErrors().When(criteria.MaxDistanceKm > 0 && origin is null, "max_distance_km", "没有可用于计算距离的位置，请提供参照位置").ThrowIfAny();

        var rows = Rank(Filter(criteria, requester), origin, criteria.MaxDistanceKm);
        var total = await rows.CountAsync(ct);
        var page = await rows.Skip(criteria.Page.Offset).Take(criteria.Page.Size).ToListAsync(ct);
        var ownerIds = page.Select(r => r.Site.OwnerSchoolId).Distinct().ToList();
        var owners = await db.Schools.Where(s => ownerIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);

        var response = new SearchSitesResponse { TotalCount = total, NextPageToken = criteria.Page.NextToken(total) };
        response.Sites.AddRange(page.Select(r =>
        {
            var match = new SiteMatch { Site = r.Site.ToMessage(owners.GetValueOrDefault(r.Site.OwnerSchoolId, "")) };
            if (r.DistanceKm is { } km)
            {
                match.DistanceKm = Math.Round(km, 2);
            }
            return match;
        }));
        return response;
    }

    private IQueryable<Site> Filter(SiteSearchCriteria criteria, SchoolReplica requester)
    {
        var shareScopes = SchoolPath.SelfAndAncestors(requester.Path).ToList();
        var sites = db.Sites.AsNoTracking().Where(s => shareScopes.Contains(s.SharePath) && !s.Retired);
        if (criteria.Kinds.Count > 0)
        {
            var kinds = criteria.Kinds.ToList();
            sites = sites.Where(s => kinds.Contains(s.Kind));
        }
        if (criteria.Themes.Count > 0)
        {
            var themes = criteria.Themes.ToList();
            sites = sites.Where(s => s.Themes.Any(t => themes.Contains(t)));
        }
        if (criteria.Facilities.Count > 0)
        {
            var facilities = criteria.Facilities.ToList();
            sites = sites.Where(s => facilities.All(f => s.Facilities.Contains(f)));
        }
        if (criteria.MinCapacity > 0)
        {
            sites = sites.Where(s => s.Capacity >= criteria.MinCapacity);
        }
        if (criteria.Window is var (start, end, weekday, from, until))
        {
            var holding = Booking.Holding.ToList();
            sites = sites
                .Where(s => s.OpeningHours.Any(w => w.Weekday == weekday && w.Opens <= from && w.Closes >= until))
                .Where(s => !db.Bookings.Any(b => b.SiteId == s.Id && holding.Contains(b.Status) && b.StartsAt < end && b.EndsAt > start));
        }
        return sites;
    }

    private static IQueryable<SiteRow> Rank(IQueryable<Site> sites, GeoPoint? origin, double maxDistanceKm)
    {
        if (origin is not { } point)
        {
            return sites.OrderBy(s => s.OwnerPath).ThenBy(s => s.Name).Select(s => new SiteRow { Site = s });
        }
        var (lat, lon, cosLat) = (point.Latitude, point.Longitude, Math.Cos(point.Latitude * RadiansPerDegree));
        var measured = sites.Select(s => new SiteRow
        {
            Site = s,
            DistanceKm = 2 * GeoPoint.EarthRadiusKm * Math.Asin(Math.Sqrt(
                Math.Pow(Math.Sin((s.Latitude - lat) * RadiansPerDegree / 2), 2)
                + cosLat * Math.Cos(s.Latitude * RadiansPerDegree) * Math.Pow(Math.Sin((s.Longitude - lon) * RadiansPerDegree / 2), 2))),
        });
        if (maxDistanceKm > 0)
        {
            measured = measured.Where(r => r.DistanceKm <= maxDistanceKm);
        }
        return measured.OrderBy(r => r.DistanceKm).ThenBy(r => r.Site.Id);
    }

    private sealed class SiteRow
    {
        public required Site Site { get; init; }
        public double? DistanceKm { get; init; }
    }
}
