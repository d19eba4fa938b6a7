using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.ServiceDefaults.Geo;

namespace PartySchoolNet.FacultyPool.Instructors;

/// <summary>Checks an instructor's details field by field and turns them into an <see cref="InstructorSpec"/>.</summary>
internal static class InstructorInput
{
    public const int MaxMonthlyLoad = 60;
    private const int MaxTopics = 8;

    /// <param name="topics">The city's topics by name, with whether each may still be chosen (retired ones stay valid for whoever holds them).</param>
    /// <param name="held">The topics the instructor already has.</param>
    public static InstructorSpec? Details(
        this FieldErrors errors, InstructorDetails? details, IReadOnlyDictionary<string, bool> topics, IReadOnlyCollection<string> held, string field = "details")
    {
        if (details is null)
        {
            errors.Add(field, "教师信息不能为空");
            return null;
        }
        var name = details.Name.Trim();
        errors.When(name.Length is < 2 or > 50, $"{field}.name", "姓名长度须为2至50个字符")
            .When(details.Kind == InstructorKind.Unspecified || !Enum.IsDefined(details.Kind), $"{field}.kind", "请选择师资类型");
        var chosen = details.Topics.Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        errors.When(chosen.Count is 0 or > MaxTopics, $"{field}.topics", $"请选择1至{MaxTopics}个授课专题");
        foreach (var topic in chosen.Where(t => !topics.ContainsKey(t)))
        {
            errors.Add($"{field}.topics", $"未知的授课专题“{topic}”，请从市委党校维护的专题目录中选择");
        }
        foreach (var topic in chosen.Where(t => topics.GetValueOrDefault(t, true) is false && !held.Contains(t)))
        {
            errors.Add($"{field}.topics", $"授课专题“{topic}”已停用");
        }
        var tags = details.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        errors.When(tags.Count > 20 || tags.Any(t => t.Length > 20), $"{field}.tags", "标签最多20个，每个不超过20个字符")
            .When(details.Title.Length > 50, $"{field}.title", "职务职称不能超过50个字符")
            .When(details.Bio.Length > 2000, $"{field}.bio", "简介不能超过2000个字符")
            .When(details.Contact.Length > 100, $"{field}.contact", "联系方式不能超过100个字符")
            .When(details.MonthlyLoadLimit is < 1 or > MaxMonthlyLoad, $"{field}.monthly_load_limit", $"每月授课上限须在1至{MaxMonthlyLoad}次之间")
            .When(details.MaxAudience < 0, $"{field}.max_audience", "最大听课人数不能为负数（0表示不限）")
            .When(details.SharedWith == SharingScope.Unspecified || !Enum.IsDefined(details.SharedWith), $"{field}.shared_with", "请选择共享范围");
        var location = errors.Location(details.Location, $"{field}.location", "常驻位置");
        var availability = errors.WeeklyWindows(details.Availability, w => (w.Weekday, w.From, w.Until), $"{field}.availability", ("from", "until"), "可授课时段")
            .Select(w => new AvailabilityWindow { Weekday = w.Weekday, From = w.From, Until = w.Until }).ToList();
        var blackouts = errors.Blackouts(details.Blackouts, $"{field}.blackouts");

        return errors.IsEmpty
            ? new InstructorSpec(name, details.Kind, chosen, tags, details.Title.Trim(), details.Bio.Trim(), details.Contact.Trim(), location,
                details.MonthlyLoadLimit, details.MaxAudience, details.SharedWith, availability, blackouts, details.Retired)
            : null;
    }

    private static List<BlackoutPeriod> Blackouts(this FieldErrors errors, Google.Protobuf.Collections.RepeatedField<Blackout> blackouts, string field)
    {
        errors.When(blackouts.Count > 50, field, "停课时段最多50个");
        var parsed = new List<BlackoutPeriod>();
        for (var i = 0; i < blackouts.Count; i++)
        {
            var (blackout, at) = (blackouts[i], $"{field}[{i}]");
            var first = errors.Day(blackout.FirstDay, $"{at}.first_day");
            var last = errors.Day(blackout.LastDay, $"{at}.last_day");
            errors.When(blackout.Reason.Trim().Length is 0 or > 50, $"{at}.reason", "请填写停课原因（不超过50个字符）");
            if (first is { } f && last is { } l)
            {
                errors.When(l < f, $"{at}.last_day", "结束日期不能早于开始日期");
                parsed.Add(new BlackoutPeriod { FirstDay = f, LastDay = l, Reason = blackout.Reason.Trim() });
            }
        }
        return parsed;
    }
}
