using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.ServiceDefaults.Geo;

namespace PartySchoolNet.FacultyPool.Assignments;

internal static class SlotInput
{
    private static readonly TimeSpan MaxLength = TimeSpan.FromHours(12);

    public static SlotSpec? Slot(this FieldErrors errors, Slot? slot, DateTimeOffset now, string field = "slot")
    {
        if (slot is null)
        {
            errors.Add(field, "授课时段不能为空");
            return null;
        }
        var (start, end) = errors.Range(slot.StartTime, slot.EndTime, $"{field}.start_time", $"{field}.end_time");
        errors.When(start is { } s && s <= now, $"{field}.start_time", "不能安排已经开始或过去的时段")
            .When(start is { } a && end is { } b && b - a > MaxLength, $"{field}.end_time", "一个授课时段不能超过12小时");
        var place = slot.Place ?? new Place();
        var placeName = place.Name.Trim();
        errors.When(placeName.Length is < 2 or > 100, $"{field}.place.name", "授课地点名称长度须为2至100个字符");
        var location = errors.Location(place.Location, $"{field}.place.location", "授课地点位置");
        var siteId = errors.Id(place.SiteId, $"{field}.place.site_id", "场地", required: false);
        errors.When(slot.Title.Trim().Length is 0 or > 100, $"{field}.title", "授课内容不能为空且不超过100个字符")
            .When(slot.AudienceSize < 1, $"{field}.audience_size", "听课人数须大于0")
            .When(slot.ReferenceId.Length > 64, $"{field}.reference_id", "关联编号不能超过64个字符");
        return start is { } from && end is { } until
            ? new SlotSpec(from, until, placeName, location, siteId == Guid.Empty ? null : siteId, slot.Title.Trim(), slot.AudienceSize, slot.ReferenceId.Trim())
            : null;
    }
}
