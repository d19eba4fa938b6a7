using PartySchoolNet.FacultyPool.Contracts;

namespace PartySchoolNet.FacultyPool.Seeding;

/// <summary>What the demo pool's people are like, by kind: topics they teach (main first), titles, how many a school has.</summary>
internal static class DemoPeople
{
    public sealed record Profile(InstructorKind Kind, string[] Topics, string[] Titles, int MonthlyLoad, string[] Tags);

    public static readonly Profile PartySchoolTeacher = new(InstructorKind.PartySchoolTeacher,
        ["习近平新时代中国特色社会主义思想", "党史学习教育", "党性教育", "理论宣讲", "廉政教育", "法治建设", "基层治理", "乡村振兴"],
        ["教授", "副教授", "讲师", "高级讲师"], 12, ["专题讲座", "案例教学"]);

    public static readonly Profile DepartmentHead = new(InstructorKind.DepartmentHead,
        ["乡村振兴", "应急处置", "生态环境保护", "法治建设", "农村电商", "群众工作"],
        ["农业农村局局长", "应急管理局副局长", "生态环境分局局长", "司法局副局长", "商务局副局长", "信访局局长"], 4, ["政策解读"]);

    public static readonly Profile TownshipLeader = new(InstructorKind.TownshipLeader,
        ["基层治理", "乡村振兴", "群众工作", "防汛抗洪", "应急处置", "党务工作实务"],
        ["乡镇党委书记", "乡镇长", "党委副书记", "组织委员", "宣传委员"], 6, ["一线经验"]);

    public static readonly Profile VillageSecretary = new(InstructorKind.VillageSecretary,
        ["基层治理", "群众工作", "村级财务管理", "党务工作实务", "乡村振兴"],
        ["村党支部书记", "村党总支书记", "社区党委书记"], 6, ["村务管理", "带头致富"]);

    public static readonly Profile ModelWorker = new(InstructorKind.ModelWorker,
        ["党性教育", "乡村振兴", "群众工作", "防汛抗洪"],
        ["全国劳动模范", "省级劳动模范", "优秀共产党员", "道德模范"], 4, ["先进事迹报告"]);

    public static readonly Profile FiveElders = new(InstructorKind.FiveElders,
        ["党史学习教育", "理论宣讲", "党性教育", "群众工作"],
        ["老干部", "老战士", "老专家", "老教师", "老模范"], 4, ["亲历者讲述", "抗洪亲历者"]);

    public static readonly Profile LocalExpert = new(InstructorKind.LocalExpert,
        ["现代农业技术", "农村电商", "乡村振兴"],
        ["种植能手", "养殖大户", "电商带头人", "农民技术员"], 8, ["小麦种植", "直播带货", "水产养殖", "中药材种植"]);

    public static readonly Profile ExternalExpert = new(InstructorKind.ExternalExpert,
        ["乡村振兴", "农村电商", "法治建设", "应急处置", "生态环境保护", "现代农业技术"],
        ["高校教授", "农科院研究员", "律师", "规划师"], 4, ["专家咨询"]);
}
