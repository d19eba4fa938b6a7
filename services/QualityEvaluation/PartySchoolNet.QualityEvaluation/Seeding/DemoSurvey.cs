using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.QualityEvaluation.Feedback;
using PartySchoolNet.QualityEvaluation.Surveys;

namespace PartySchoolNet.QualityEvaluation.Seeding;

/// <summary>
/// The county survey of the seed report (基层党组织书记培训需求调研) as 阜南's demo: 500 questionnaires sent to five groups of
/// township and village cadres, 338 returned; of them 129 find the training content 单一 and 185 学用脱节, as reported.
/// Made once, in one transaction, one maker at a time.
/// </summary>
internal static class DemoSurvey
{
    public const string Title = "基层党组织书记培训需求调研";
    public const int Sent = 500;

    private static readonly (string Name, int Returned)[] Groups =
        [("乡镇党委政府领导班子成员", 46), ("乡（镇）直部门负责人", 52), ("乡镇机关干部", 95), ("乡镇事业单位负责人", 38), ("村级党组织负责人", 107)];

    private static readonly string[] Opinions = ["培训内容单一", "学用脱节", "内容较好、比较实用", "其他"];
    private static readonly string[] Wanted = ["社会管理", "农村经济发展", "政策理论", "法律法规", "实用技术"];

    private static readonly List<FeedbackQuestion> Questions =
    [
        new("content_opinion", "您对目前的培训内容有何意见", QuestionKind.MultipleChoice, Opinions, false, true),
        new("wanted_topics", "您最希望培训哪些内容（按需要程度排序）", QuestionKind.Ranking, Wanted, false, false),
        new("suggestions", "对干部教育培训的意见和建议", QuestionKind.FreeText, [], false, false),
    ];

    public static async Task SeedAsync(QualityEvaluationDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('demo-survey'))", ct);
        var county = await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Code == "fn", ct);
        if (county is null || await db.Surveys.AnyAsync(s => s.OwnerSchoolId == county.Id && s.Title == Title, ct))
        {
            return;
        }
        var owner = new Caller("demo", "演示数据", county.Id, SchoolTier.County, county.Path, new HashSet<string> { Roles.SchoolAdmin });
        var survey = NeedsSurvey.Open(owner, Title, Questions, [.. Groups.Select(g => g.Name)], Sent, now);
        db.Surveys.Add(survey);
        var tickets = Enumerable.Range(0, Sent).Select(_ => SurveyTicket.For(survey.Id)).ToList();
        db.SurveyTickets.AddRange(tickets);
        var groups = Groups.SelectMany(g => Enumerable.Repeat(g.Name, g.Returned)).ToList();
        for (var r = 0; r < groups.Count; r++)
        {
            tickets[r].Spend(now);
            db.SurveyResponses.Add(SurveyResponse.Of(survey.Id, groups[r], Answers(r), now));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Respondent r's sheet: the first 129 find the content 单一, respondents 100–284 学用脱节 (29 both), the rest 较好.</summary>
    private static List<FeedbackAnswer> Answers(int r)
    {
        List<string> opinions = [.. r < 129 ? [Opinions[0]] : Array.Empty<string>(), .. r is >= 100 and < 285 ? [Opinions[1]] : Array.Empty<string>()];
        var wanted = Wanted.Skip(r % Wanted.Length).Concat(Wanted.Take(r % Wanted.Length)).Take(3).ToList();
        return
        [
            new("content_opinion", null, null, opinions.Count > 0 ? opinions : [Opinions[2]], ""),
            new("wanted_topics", null, null, wanted, ""),
            new("suggestions", null, null, [], r % 10 == 0 ? "希望多安排副科级以下干部和村两委成员参加培训，农忙季节不办班" : ""),
        ];
    }
}
