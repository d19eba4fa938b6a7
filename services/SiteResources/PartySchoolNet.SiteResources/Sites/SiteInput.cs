using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Geo;
using PartySchoolNet.ServiceDefaults.Time;
using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.SiteResources.Sites;

/// <summary>Checks a site's details field by field and turns them into a <see cref="SiteSpec"/>.</summary>
internal static class SiteInput
{
    public const int MaxCapacity = 5000;

    public static SiteSpec? Details(this FieldErrors errors, SiteDetails? details, string field = "details")
    {
        if (details is null)
        {
            errors.Add(field, "场地信息不能为空");
            return null;
        }
        var name = details.Name.Trim();
        errors.When(name.Length is < 2 or > 100, $"{field}.name", "场地名称长度须为2至100个字符");
        errors.When(details.Kind == SiteKind.Unspecified || !Enum.IsDefined(details.Kind), $"{field}.kind", "请选择场地类型");
        var address = details.Address.Trim();
        errors.When(address.Length is 0 or > 200, $"{field}.address", "地址不能为空且不超过200个字符");
        var location = errors.Location(details.Location, $"{field}.location", "场地位置", required: true);
        errors.When(details.Capacity is < 1 or > MaxCapacity, $"{field}.capacity", $"容纳人数须在1至{MaxCapacity}之间");
        var facilities = details.Facilities.Distinct(StringComparer.Ordinal).ToList();
        foreach (var unknown in facilities.Where(f => !SiteVocabulary.Facilities.ContainsKey(f)))
        {
            errors.Add($"{field}.facilities", $"未知的设施“{unknown}”");
        }
        var themes = details.Themes.Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        foreach (var unknown in themes.Where(t => !SiteVocabulary.Themes.Contains(t)))
        {
            errors.Add($"{field}.themes", $"未知的教学主题“{unknown}”");
        }
        errors.When(!Enum.IsDefined(details.Grade), $"{field}.grade", "场地等级不正确")
            .When(details.BookableBy == SharingScope.Unspecified || !Enum.IsDefined(details.BookableBy), $"{field}.bookable_by", "请选择可预约范围")
            .When(details.Description.Length > 1000, $"{field}.description", "简介不能超过1000个字符");
        var hours = errors.WeeklyWindows(details.OpeningHours, w => (w.Weekday, w.Opens, w.Closes), $"{field}.opening_hours", ("opens", "closes"), "开放时段")
            .Select(w => new OpeningWindow { Weekday = w.Weekday, Opens = w.From, Closes = w.Until }).ToList();

        return location is { } point
            ? new SiteSpec(name, details.Kind, address, point, details.Capacity, facilities, themes, details.Grade, hours,
                details.BookableBy, details.ApprovalRequired, details.Description.Trim(), details.Retired)
            : null;
    }
}
