using System.Globalization;
using PartySchoolNet.ServiceDefaults.Time;
using PartySchoolNet.Identity.Contracts;

namespace PartySchoolNet.Portal;

/// <summary>Dates as people at the schools write them: 2027年3月15日.</summary>
internal static class ChineseDates
{
    public static string Long(DateTime date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>A class's dates as the API gives them (yyyy-MM-dd): 2027年3月15日至17日, or one day alone.</summary>
    public static string Range(string start, string end)
    {
        var (from, to) = (DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        var first = Long(from.ToDateTime(TimeOnly.MinValue));
        return from == to ? first : from.Year != to.Year ? $"{first}至{Long(to.ToDateTime(TimeOnly.MinValue))}"
            : from.Month != to.Month ? $"{first}至{to.Month}月{to.Day}日" : $"{first}至{to.Day}日";
    }

    /// <summary>A session's time in China time: 3月15日 09:00–11:30.</summary>
    public static string SessionTime(DateTimeOffset start, DateTimeOffset end)
    {
        var (s, e) = (start.ToOffset(ChinaTime.Offset), end.ToOffset(ChinaTime.Offset));
        return $"{s.Month}月{s.Day}日 {s:HH:mm}–{e:HH:mm}";
    }
}

/// <summary>The Chinese name of each role, as the schools call them.</summary>
internal static class RoleNames
{
    private static readonly Dictionary<string, string> Names = new()
    {
        [Roles.NetworkAdmin] = "全网管理员",
        [Roles.SchoolAdmin] = "学校管理员",
        [Roles.Dispatcher] = "调度员",
        [Roles.Evaluator] = "评估员",
        [Roles.ClassManager] = "班主任",
        [Roles.Instructor] = "教员",
        [Roles.Integrator] = "接入系统",
    };

    public static string Of(string role) => Names.GetValueOrDefault(role, role);
}
