using PartySchoolNet.Identity.Contracts;

namespace PartySchoolNet.Portal;

/// <summary>Dates as people at the schools write them: 2027年3月15日.</summary>
internal static class ChineseDates
{
    public static string Long(DateTime date) => $"{date.Year}年{date.Month}月{date.Day}日";
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
