namespace PartySchoolNet.FacultyPool.Instructors;

/// <summary>A topic of the city's controlled vocabulary; instructors are matched on these.</summary>
public sealed class Topic
{
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";
    public bool Retired { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Topic Define(string name, string description, bool retired, DateTimeOffset now) =>
        new() { Name = name, Description = description, Retired = retired, UpdatedAt = now };

    public void Change(string description, bool retired, DateTimeOffset now) => (Description, Retired, UpdatedAt) = (description, retired, now);

    /// <summary>The topics the city starts with (from the seeds' course menus); the migration puts them in place.</summary>
    public static readonly IReadOnlyList<(string Name, string Description)> Initial =
    [
        ("习近平新时代中国特色社会主义思想", "党的创新理论学习"),
        ("党史学习教育", "党史、新中国史、改革开放史、社会主义发展史"),
        ("党性教育", "理想信念、党性修养、红色传统"),
        ("理论宣讲", "面向基层群众的政策理论宣讲"),
        ("乡村振兴", "产业、人才、文化、生态、组织振兴"),
        ("基层治理", "村（社区）治理、网格化管理、矛盾调解"),
        ("群众工作", "联系服务群众、信访接待"),
        ("应急处置", "突发事件应对、安全生产"),
        ("防汛抗洪", "蓄洪区防汛、抗洪精神"),
        ("农村电商", "直播带货、农产品上行"),
        ("现代农业技术", "种植养殖实用技术"),
        ("廉政教育", "党风廉政建设、警示教育"),
        ("法治建设", "基层法治、依法行政"),
        ("生态环境保护", "河长制、人居环境整治"),
        ("村级财务管理", "三资管理、财务公开"),
        ("党务工作实务", "发展党员、三会一课、组织生活"),
    ];
}
