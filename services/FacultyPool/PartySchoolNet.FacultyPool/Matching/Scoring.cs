using System.Globalization;
using PartySchoolNet.FacultyPool.Contracts;

namespace PartySchoolNet.FacultyPool.Matching;

/// <summary>What is known of one candidate when it is scored.</summary>
internal sealed record CandidateFacts(
    Guid InstructorId, bool MainTopic, double RatingSum, int RatingCount, double? DistanceKm, int Load, int LoadLimit, bool SameCounty, int CountyLent);

/// <summary>
/// A candidate's score out of 100: five parts, each a value in [0, 1] times its weight, so a dispatcher can see why one
/// instructor ranks above another. Pure arithmetic on the facts: the same data always gives the same ranking.
/// </summary>
internal static class Scoring
{
    public const double TopicWeight = 30, RatingWeight = 25, DistanceWeight = 20, LoadWeight = 15, FairnessWeight = 10;

    /// <summary>An unrated instructor counts as this many ratings of <see cref="PriorScore"/>, and so does every rated one, so one 100 does not beat twenty 95s.</summary>
    public const double PriorScore = 80, PriorCount = 3;

    /// <summary>At this distance the distance part is worth half.</summary>
    public const double HalfValueKm = 25;

    public static double Total(IEnumerable<ScorePart> parts) => Math.Round(parts.Sum(p => p.Points), 2);

    /// <param name="maxCountyLent">The most any lending county has lent this month, over all counties.</param>
    public static List<ScorePart> Parts(CandidateFacts c, int maxCountyLent) =>
    [
        Part("topic_fit", "专题契合", TopicWeight, c.MainTopic ? 1 : 0.7, c.MainTopic ? "主讲专题" : "可讲专题"),
        Part("rating", "学员评价", RatingWeight, (c.RatingSum + PriorScore * PriorCount) / (c.RatingCount + PriorCount) / 100,
            c.RatingCount == 0 ? $"暂无评价，按{PriorScore:0}分计" : $"平均{Number(c.RatingSum / c.RatingCount)}分（{c.RatingCount}次评价）"),
        c.DistanceKm is { } km
            ? Part("distance", "路程", DistanceWeight, 1 / (1 + km / HalfValueKm), $"距授课地点{Number(km)}公里")
            : Part("distance", "路程", DistanceWeight, 0.5, "缺少位置，无法计算距离"),
        Part("load", "当月负荷", LoadWeight, 1 - (double)c.Load / c.LoadLimit, $"本月已安排{c.Load}次，上限{c.LoadLimit}次"),
        c.SameCounty
            ? Part("fairness", "借调均衡", FairnessWeight, 1, "本县（区）师资，不涉及外借")
            : Part("fairness", "借调均衡", FairnessWeight, maxCountyLent == 0 ? 1 : 1 - (double)c.CountyLent / maxCountyLent,
                $"所在县（区）本月已外借{c.CountyLent}次（各县最多{maxCountyLent}次）"),
    ];

    private static ScorePart Part(string code, string label, double weight, double value, string explanation) => new()
    {
        Code = code, Label = label, Weight = weight, Value = Math.Round(value, 4), Points = Math.Round(weight * value, 2), Explanation = explanation,
    };

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
