using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Geo;
using PartySchoolNet.SiteResources.Bookings;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Sites;

namespace PartySchoolNet.SiteResources.Search;

/// <summary>A window to be free in: its instants, and the local day and times opening hours are compared with.</summary>
internal sealed record FreeWindow(DateTimeOffset Start, DateTimeOffset End, int Weekday, TimeOnly From, TimeOnly Until);

/// <summary>A search request, checked: the window (when given) lies within one local day.</summary>
internal sealed record SiteSearchCriteria(
    Guid RequesterId,
    IReadOnlyList<SiteKind> Kinds,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Facilities,
    int MinCapacity,
    GeoPoint? Near,
    Guid NearSchoolId,
    double MaxDistanceKm,
    FreeWindow? Window,
    Page Page)
{
    public static SiteSearchCriteria Read(SearchSitesRequest request)
    {
        var errors = new FieldErrors();
        var requesterId = errors.Id(request.RequestingSchoolId, "requesting_school_id", "预约学校", required: false);
        var nearSchoolId = errors.Id(request.NearSchoolId, "near_school_id", "参照学校", required: false);
        var near = errors.Location(request.Near, "near", "参照位置");
        errors.When(request.Kinds.Any(k => k == SiteKind.Unspecified || !Enum.IsDefined(k)), "kinds", "场地类型不正确")
            .When(request.MinCapacity < 0, "min_capacity", "最小容量不能为负数")
            .When(request.MaxDistanceKm < 0 || double.IsNaN(request.MaxDistanceKm), "max_distance_km", "距离上限不能为负数");
        foreach (var unknown in request.Themes.Where(t => !SiteVocabulary.Themes.Contains(t)))
        {
            errors.Add("themes", $"未知的教学主题“{unknown}”");
        }
        foreach (var unknown in request.Facilities.Where(f => !SiteVocabulary.Facilities.ContainsKey(f)))
        {
            errors.Add("facilities", $"未知的设施“{unknown}”");
        }
        FreeWindow? window = null;
        if (request.FreeFrom is not null || request.FreeUntil is not null)
        {
            var (start, end) = errors.Range(request.FreeFrom, request.FreeUntil, "free_from", "free_until");
            if (start is { } s && end is { } e && e > s)
            {
                var local = ChinaTime.SameDay(s, e);
                errors.When(local is null, "free_until", "查询时段须在同一天内");
                window = local is var (day, from, until) ? new FreeWindow(s, e, ChinaTime.Weekday(day), from, until) : null;
            }
        }
        var page = errors.Page(request.PageSize, request.PageToken, 20, 200);
        errors.ThrowIfAny();
        return new SiteSearchCriteria(requesterId, [.. request.Kinds], [.. request.Themes], [.. request.Facilities],
            request.MinCapacity, near, nearSchoolId, request.MaxDistanceKm, window, page);
    }
}
