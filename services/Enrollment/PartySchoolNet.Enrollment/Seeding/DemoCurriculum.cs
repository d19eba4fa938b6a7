using PartySchoolNet.Identity.Contracts;
using static PartySchoolNet.Enrollment.Contracts.PositionLevel;

namespace PartySchoolNet.Enrollment.Seeding;

/// <summary>What the demo schools' rosters and classes look like, by tier, after the seeds' descriptions of who is trained where.</summary>
internal static class DemoCurriculum
{
    /// <summary>A class a school runs: for whom, how long, how many sessions a day.</summary>
    public sealed record Template(string Title, ClassCategory Category, ClassMode Mode, PositionLevel[] Levels, int CreditHours, int Days, int SessionsPerDay);

    /// <summary>How a unit's cadres spread over levels: (level, share in percent).</summary>
    public sealed record Staffing(int Cadres, (PositionLevel Level, int Percent)[] Levels);

    public static readonly string[] CityUnits =
    [
        "市委办公室", "市政府办公室", "市人大常委会办公室", "市政协办公室", "市纪委监委机关", "市委组织部", "市委宣传部", "市委统战部", "市委政法委",
        "市委政策研究室", "市委编办", "市发展改革委", "市教育局", "市科技局", "市工业和信息化局", "市民政局", "市司法局", "市财政局",
        "市人力资源和社会保障局", "市自然资源和规划局", "市生态环境局", "市住房和城乡建设局", "市交通运输局", "市水利局", "市农业农村局",
        "市商务局", "市文化和旅游局", "市卫生健康委", "市退役军人事务局", "市应急管理局", "市审计局", "市市场监管局", "市统计局", "市医保局", "市信访局",
    ];

    public static readonly string[] CountyUnits =
    [
        "县委办公室", "县政府办公室", "县人大常委会办公室", "县政协办公室", "县纪委监委机关", "县委组织部", "县委宣传部", "县委统战部", "县委政法委",
        "县委巡察办", "县委编办", "县发展改革委", "县教育局", "县科技商务经信局", "县公安局", "县民政局", "县司法局", "县财政局", "县人社局",
        "县自然资源和规划局", "县生态环境分局", "县住建局", "县交通运输局", "县水利局", "县农业农村局", "县文旅体局", "县卫健委",
        "县退役军人事务局", "县应急管理局", "县审计局", "县市场监管局", "县统计局", "县医保局", "县城管局", "县林业局", "县乡村振兴局",
        "县数据资源局", "县信访局", "县供销社", "县总工会", "团县委", "县妇联", "县科协", "县残联", "县档案馆", "县融媒体中心",
        "县公共资源交易中心", "县行政审批服务中心", "县机关事务服务中心", "县农业技术推广中心",
    ];

    public static readonly string[] TownshipOffices = ["党政综合办公室", "党建工作办公室", "经济发展办公室", "社会事务办公室", "综治中心", "便民服务中心"];

    public static readonly Staffing CityUnit = new(100, [(CountyHead, 4), (CountyDeputy, 10), (SectionHead, 16), (SectionDeputy, 20), (GeneralStaff, 50)]);
    public static readonly Staffing CountyUnit = new(155, [(SectionHead, 8), (SectionDeputy, 17), (GeneralStaff, 70), (PartyActivist, 5)]);
    public static readonly Staffing TownshipOffice = new(12, [(SectionHead, 8), (SectionDeputy, 17), (GeneralStaff, 75)]);
    public static readonly Staffing Village = new(11, [(VillageSecretary, 9), (VillageCommittee, 55), (PartyActivist, 36)]);
    public const int VillagesPerTownship = 24;

    public static readonly Template[] CityClasses =
    [
        new("县处级干部学习贯彻习近平新时代中国特色社会主义思想专题培训班", ClassCategory.Theory, ClassMode.OnSite, [CountyHead, CountyDeputy], 40, 5, 2),
        new("市直机关中青年干部培训班", ClassCategory.Capability, ClassMode.OnSite, [SectionHead, SectionDeputy, GeneralStaff], 56, 7, 2),
        new("县处级干部党性教育专题班", ClassCategory.PartySpirit, ClassMode.OnSite, [CountyHead, CountyDeputy], 32, 4, 2),
        new("市直机关科级干部党性教育培训班", ClassCategory.PartySpirit, ClassMode.OnSite, [SectionHead, SectionDeputy], 24, 3, 2),
        new("乡村振兴专题研讨班", ClassCategory.Capability, ClassMode.OnSite, [SectionHead, SectionDeputy], 24, 3, 2),
        new("市直机关一般干部理论轮训班", ClassCategory.Theory, ClassMode.Remote, [GeneralStaff], 16, 4, 1),
    ];

    public static readonly Template[] CountyClasses =
    [
        new("科级干部理论学习专题班", ClassCategory.Theory, ClassMode.OnSite, [SectionHead, SectionDeputy], 24, 3, 2),
        new("一般干部理论轮训班", ClassCategory.Theory, ClassMode.OnSite, [GeneralStaff], 16, 2, 2),
        new("“王家坝精神”党性教育专题培训班", ClassCategory.PartySpirit, ClassMode.OnSite, [SectionHead, SectionDeputy, GeneralStaff], 16, 2, 2),
        new("年轻干部能力提升培训班", ClassCategory.Capability, ClassMode.OnSite, [SectionDeputy, GeneralStaff], 24, 3, 2),
        new("基层党务工作者培训班", ClassCategory.Capability, ClassMode.OnSite, [GeneralStaff, PartyActivist], 12, 2, 2),
    ];

    public static readonly Template[] TownshipClasses =
    [
        new("农村党员冬春训", ClassCategory.Theory, ClassMode.OnSite, [VillageSecretary, VillageCommittee, PartyActivist], 8, 2, 1),
        new("入党积极分子培训班", ClassCategory.PartySpirit, ClassMode.OnSite, [PartyActivist], 8, 2, 1),
        new("村两委成员履职能力培训", ClassCategory.Capability, ClassMode.Outreach, [VillageSecretary, VillageCommittee], 6, 1, 2),
        new("党史学习教育专题班", ClassCategory.PartySpirit, ClassMode.Remote, [GeneralStaff, VillageCommittee], 6, 2, 1),
        new("乡镇一般干部业务培训", ClassCategory.Capability, ClassMode.OnSite, [GeneralStaff], 6, 1, 2),
    ];

    /// <summary>Self-selected courses (自主选学) on the menu of the city and county schools.</summary>
    public static readonly Template[] Menu =
    [
        new("自主选学：数字政府建设与政务服务", ClassCategory.Capability, ClassMode.SelfSelected, [], 6, 1, 2),
        new("自主选学：《习近平谈治国理政》导读", ClassCategory.Theory, ClassMode.SelfSelected, [], 6, 1, 2),
    ];

    public static (Template[] Classes, int CompletedPerYear) For(SchoolTier tier) => tier switch
    {
        SchoolTier.City => (CityClasses, 16),
        SchoolTier.County => (CountyClasses, 14),
        _ => (TownshipClasses, 6),
    };
}
