namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>Reads a township's request, recording what is wrong on the field at fault.</summary>
internal static class OutreachInput
{
    private static readonly TimeSpan MaxLength = TimeSpan.FromHours(12);

    public static OutreachSpec? Outreach(this FieldErrors errors, OutreachDetails? details, DateTimeOffset now)
    {
        if (details is null)
        {
            errors.Add("details", "申请内容不能为空");
            return null;
        }
        var topic = details.Topic.Trim();
        var title = details.Title.Trim() is { Length: > 0 } given ? given : $"送教下基层：{topic}";
        errors.When(topic.Length is < 2 or > 50, "details.topic", "专题长度须为2至50个字符")
            .When(title.Length > 100, "details.title", "课程名称不能超过100个字符")
            .When(!Labels.IsKnown(details.Audience), "details.audience", "请选择听课对象")
            .When(details.AudienceSize is < 1 or > 500, "details.audience_size", "听课人数须在1至500之间")
            .When(details.Category != ClassCategory.Unspecified && !Labels.IsKnown(details.Category), "details.category", "培训类别无效")
            .When(details.Notes.Length > 500, "details.notes", "备注不能超过500个字符");
        var windows = errors.Windows(details.Windows, now);
        var place = details.Place ?? new OutreachPlace();
        var placeName = place.Name.Trim();
        var siteId = errors.Id(place.SiteId, "details.place.site_id", "场地", required: place.Kind == OutreachPlaceKind.NamedSite);
        errors.When(!Labels.IsKnown(place.Kind), "details.place.kind", "请选择授课地点方式")
            .When(place.Kind == OutreachPlaceKind.Other && placeName.Length < 2, "details.place.name", "请填写授课地点名称")
            .When(placeName.Length > 100, "details.place.name", "授课地点名称不能超过100个字符");
        return new OutreachSpec
        {
            Topic = topic, Title = title, Audience = details.Audience, AudienceSize = details.AudienceSize,
            Category = details.Category == ClassCategory.Unspecified ? ClassCategory.Theory : details.Category,
            Windows = windows, PlaceKind = place.Kind, SiteId = place.Kind == OutreachPlaceKind.NamedSite ? siteId : null,
            PlaceName = placeName, Notes = details.Notes.Trim(),
        };
    }

    private static List<PreferredWindow> Windows(this FieldErrors errors, Google.Protobuf.Collections.RepeatedField<OutreachWindow> windows, DateTimeOffset now)
    {
        errors.When(windows.Count is < 1 or > 3, "details.windows", "请填写1至3个希望的授课时段");
        var read = new List<PreferredWindow>();
        for (var i = 0; i < windows.Count && i < 3; i++)
        {
            var field = $"details.windows[{i}]";
            var (start, end) = errors.Range(windows[i].StartTime, windows[i].EndTime, $"{field}.start_time", $"{field}.end_time");
            errors.When(start <= now, $"{field}.start_time", "希望的授课时段须在将来")
                .When(end - start > MaxLength, $"{field}.end_time", "一个授课时段不能超过12小时");
            if (start is { } from && end is { } until)
            {
                read.Add(new PreferredWindow(from, until));
            }
        }
        return read;
    }
}
