using PartySchoolNet.QualityEvaluation.FollowUps;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.QualityEvaluation.Seeding;

/// <summary>
/// A demo class's follow-ups as its trainees' units kept them: of a stage past its grace, all but one in eight recorded (the
/// rest overdue); of a stage due now, two in five; nothing before its day. Each recorded within its grace and before the demo
/// arrived, with a rating, a note of its stage and, for one in four, a 1+1 mentor (导师帮带). Decided by the class alone.
/// </summary>
internal static class DemoFollowUps
{
    private static readonly TimeOnly Office = new(10, 0);

    private static readonly Dictionary<FollowUpStage, string[]> Notes = new()
    {
        [FollowUpStage.Thinking] = ["谈心谈话中表示理想信念更加坚定，对党的创新理论理解更深", "主动交流学习体会，思想认识明显提高"],
        [FollowUpStage.Performance] = ["同事反映其工作主动性增强，服务群众更有耐心", "工作作风更加扎实，执行力明显提升"],
        [FollowUpStage.Competence] = ["单位领导评价其统筹协调和解决问题的能力明显提升", "依法办事意识增强，履职能力有提高"],
        [FollowUpStage.Results] = ["牵头推进村集体经济项目，取得实际成效", "所负责工作在年度考核中被评为优秀"],
    };

    public static void Record(IReadOnlyList<FollowUp> planned, DateTimeOffset now)
    {
        var today = ChinaTime.Day(now);
        foreach (var stage in planned.GroupBy(f => (f.Stage, f.DueOn)).Where(s => s.Key.DueOn <= today))
        {
            var random = DemoRandom.For($"follow-ups:{stage.First().ClassId}:{stage.Key.Stage}");
            var followUps = stage.ToList();
            var overdue = stage.Key.DueOn.AddDays(FollowUp.Grace.Days) < today;
            var latest = Math.Min(FollowUp.Grace.Days, today.DayNumber - stage.Key.DueOn.DayNumber);
            foreach (var followUp in followUps.Take(overdue ? followUps.Count - Math.Max(1, followUps.Count / 8) : followUps.Count * 2 / 5))
            {
                var at = ChinaTime.Instant(stage.Key.DueOn.AddDays(random.Next(latest + 1)), Office);
                var notes = Notes[stage.Key.Stage];
                followUp.Record(random.Next(100) < 40 ? 5 : random.Next(100) < 75 ? 4 : 3, notes[random.Next(notes.Length)],
                    random.Next(4) == 0 ? DemoNames.Person(random) : "", "演示数据", at < now ? at : now);
            }
        }
    }
}
