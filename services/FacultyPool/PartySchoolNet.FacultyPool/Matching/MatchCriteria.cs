using PartySchoolNet.FacultyPool.Assignments;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.ServiceDefaults.Geo;

namespace PartySchoolNet.FacultyPool.Matching;

/// <summary>A matching request, checked: the slot lies within one local day, whose weekday and times the availability rule needs.</summary>
internal sealed record MatchCriteria(
    Guid RequesterId, string Topic, SlotSpec Slot, DateOnly Day, int Weekday, TimeOnly From, TimeOnly Until, IReadOnlyList<InstructorKind> Kinds, int PageSize)
{
    public const int DefaultPageSize = 20, MaxPageSize = 100;

    public static MatchCriteria Read(MatchInstructorsRequest request, IReadOnlyDictionary<string, bool> topics)
    {
        var errors = new FieldErrors();
        var requesterId = errors.Id(request.RequestingSchoolId, "requesting_school_id", "用课学校", required: false);
        var topic = request.Topic.Trim();
        errors.When(topic.Length == 0, "topic", "请选择授课专题")
            .When(topic.Length > 0 && !topics.ContainsKey(topic), "topic", $"未知的授课专题“{topic}”");
        var (start, end) = errors.Range(request.StartTime, request.EndTime, "start_time", "end_time");
        var local = start is { } s && end is { } e ? ChinaTime.SameDay(s, e) : null;
        errors.When(start is not null && end > start && local is null, "end_time", "授课时段须在同一天内");
        var place = request.Place ?? new Place();
        var location = errors.Location(place.Location, "place.location", "授课地点位置");
        var siteId = errors.Id(place.SiteId, "place.site_id", "场地", required: false);
        errors.When(request.AudienceSize < 1, "audience_size", "听课人数须大于0")
            .When(request.Kinds.Any(k => k == InstructorKind.Unspecified || !Enum.IsDefined(k)), "kinds", "师资类型不正确")
            .When(request.PageSize is < 0 or > MaxPageSize, "page_size", $"每页数量须在1至{MaxPageSize}之间")
            .ThrowIfAny();

        var (day, from, until) = local!.Value;
        var slot = new SlotSpec(start!.Value, end!.Value, place.Name.Trim(), location, siteId == Guid.Empty ? null : siteId, "", request.AudienceSize, "");
        return new MatchCriteria(requesterId, topic, slot, day, ChinaTime.Weekday(day), from, until, [.. request.Kinds],
            request.PageSize == 0 ? DefaultPageSize : request.PageSize);
    }
}
