using PartySchoolNet.SiteResources.Contracts;
using static PartySchoolNet.ServiceDefaults.Grpc.ProtoEnums;

namespace PartySchoolNet.SiteResources.Sites;

/// <summary>The controlled vocabulary of the catalogue: what a site is, what it has, what it teaches.</summary>
public static class SiteVocabulary
{
    public static readonly IReadOnlyDictionary<string, string> Facilities = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["projector"] = "投影设备",
        ["remote_link"] = "远程教育终端接入",
        ["accessible"] = "无障碍设施",
        ["dining"] = "就餐",
        ["lodging"] = "住宿",
        ["parking"] = "停车场",
        ["exhibition"] = "展陈场馆",
    };

    public static readonly IReadOnlySet<string> Themes = new HashSet<string>(StringComparer.Ordinal)
    {
        "红色教育", "党史学习教育", "理论宣讲", "乡村振兴", "生态农业", "农村电商", "廉政警示", "基层治理", "防汛抗洪", "文明实践", "群众工作", "应急处置",
    };

    public static readonly IReadOnlyDictionary<SiteGrade, string> Grades = new Dictionary<SiteGrade, string>
    {
        [SiteGrade.Ungraded] = "未评级",
        [SiteGrade.First] = "一类",
        [SiteGrade.Second] = "二类",
        [SiteGrade.Third] = "三类",
    };

    public static Vocabulary ToMessage()
    {
        var vocabulary = new Vocabulary();
        vocabulary.Kinds.AddRange(SiteLabels.Kinds.Select(k => new Term { Code = ProtoName(k.Key), Label = k.Value }));
        vocabulary.Facilities.AddRange(Facilities.Select(f => new Term { Code = f.Key, Label = f.Value }));
        vocabulary.Themes.AddRange(Themes.Order(StringComparer.Ordinal));
        vocabulary.Grades.AddRange(Grades.Select(g => new Term { Code = ProtoName(g.Key), Label = g.Value }));
        return vocabulary;
    }
}
