namespace PartySchoolNet.QualityEvaluation.Indicators;

/// <summary>
/// The two systems every city starts with (version 1, editable until a campaign uses them): township schools by the
/// "六个有" standard of the 阜阳 pilot, and county schools by teaching, faculty, research, management and support.
/// </summary>
internal static class IndicatorTemplates
{
    public const string TownshipCode = "township-six-haves";
    public const string CountyCode = "county-school-quality";

    public static IEnumerable<(string Code, string Name, EvaluatedTier Tier, IndicatorInput[] Tree)> All =>
    [
        (TownshipCode, "乡镇（街道）党校“六个有”建设评估指标体系", EvaluatedTier.Township, Township),
        (CountyCode, "县级党校办学质量评估指标体系", EvaluatedTier.County, County),
    ];

    private static IndicatorInput[] Township =>
    [
        Node("有组织机构", 15,
            Node("领导体制", 8,
                PassFail("校长由乡镇（街道）党（工）委书记兼任，副校长由副书记、组织委员等兼任", 5, 0,
                    "任职文件齐全、人员在岗为达标", "党（工）委任职文件"),
                Range("党（工）委每年专题研究党校工作不少于2次", 3, "每次1.5分", "党（工）委会议纪要")),
            Node("校务委员会", 7,
                Range("全面配齐校务委员会，成员分工明确", 4, "配齐2分，分工明确2分", "校务委员会名单及分工"),
                Bonus("校务委员会每学期召开会议研究教学工作", 3, 3, 0, 3, "每缺一次扣1分，扣完为止", "会议记录"))),
        Node("有场地设施", 15,
            Node("教学场地", 9,
                Range("依托新时代文明实践所（站）、文化站等现有场地开展培训", 5, "场地挂牌、可正常使用", "场地照片、挂牌照片"),
                PassFail("有固定教室，可同时容纳50人以上", 4, 0, "现场核查", "教室照片")),
            Node("教学设备", 6,
                Range("配备多媒体、远程教育终端等设备并正常使用", 6, "设备齐全3分，正常使用3分", "设备清单、使用记录"))),
        Node("有师资队伍", 20,
            Node("动态师资库", 12,
                Range("建立动态师资库，吸纳县级党校教师、部门负责人、村书记、先进模范、“五老”、土专家等", 8,
                    "类别每少一类扣1分", "师资库名册"),
                PassFail("师资库每年更新，入库教师不少于15人", 4, 0, "以年度名册为准", "年度更新名册")),
            Node("师资培养", 8,
                Bonus("组织兼职教师参加县级以上党校培训", 8, 4, 0, 8, "基础4分，每参训1人次加1分，最高8分；未组织的每年扣2分", "培训通知、签到表"))),
        Node("有培训计划", 20,
            Node("年度培训计划", 10,
                PassFail("制定年度培训计划并报县级党校备案", 4, 0, "计划及备案回执齐全为达标", "年度培训计划、备案回执"),
                PassFail("年度培训计划完成率达到90%以上", 6, 12, "未达到的，本一级指标得分不超过12分", "培训台账")),
            Node("培训实施", 10,
                Range("开设乡镇党员干部、村（社区）干部、入党积极分子和发展对象等培训班", 6, "每类班次2分", "开班通知、课程表"),
                Bonus("开展送教下基层、现场教学等灵活多样的培训", 4, 2, 0, 4, "基础2分，每开展1次加0.5分，最高4分", "活动记录、照片"))),
        Node("有管理制度", 15,
            Node("制度建设", 9,
                Bonus("建立校务委员会、理论学习、教学管理、培训管理、学员考勤、学员考核等制度", 9, 9, 0, 9,
                    "每缺一项制度扣1.5分，扣完为止", "制度汇编")),
            Node("制度执行", 6,
                Range("严格学员考勤考核，建立培训档案", 6, "考勤记录3分，培训档案3分", "考勤表、培训档案"),
                Veto("培训期间发生违反中央八项规定精神问题或重大安全责任事故", "发生即评为不合格", "情况说明"))),
        Node("有经费保障", 15,
            Node("经费来源", 10,
                PassFail("办学经费列入县级或乡镇（街道）财政预算，单独列支", 10, 0, "预算文件中单独列支为达标", "财政预算文件")),
            Node("经费使用", 5,
                Range("经费专款专用，使用管理规范", 5, "有专账3分，支出规范2分", "经费台账"))),
    ];

    private static IndicatorInput[] County =>
    [
        Node("教学", 30,
            Node("主体班次", 18,
                Range("完成县委组织部下达的主体班次培训任务", 10, "按完成率计分", "年度班次计划及完成情况"),
                PassFail("党的理论教育和党性教育课程占比不低于70%", 8, 12, "未达到的，本一级指标得分不超过12分", "课程表")),
            Node("教学方式", 12,
                Range("采用案例式、研讨式、体验式、现场教学等方式", 6, "每种方式1.5分", "教学记录"),
                Bonus("开展送教下基层和远程教育", 6, 3, 0, 6, "基础3分，每开展5场加1分，最高6分", "送教记录、远程教育台账"))),
        Node("师资", 20,
            Node("专职教师", 12,
                Range("专职教师数量、结构满足教学需要", 6, "数量3分，结构3分", "教师名册"),
                Range("专职教师每年参加上级党校培训或调研", 6, "按参训比例计分", "培训证明")),
            Node("兼职教师", 8,
                Range("建立兼职教师库并向乡镇党校共享", 8, "建库4分，共享4分", "兼职教师库名册"))),
        Node("科研咨询", 15,
            Node("科研成果", 9,
                Bonus("发表调研报告、论文", 9, 5, 0, 9, "基础5分，每篇市级以上成果加1分，最高9分", "成果清单")),
            Node("决策咨询", 6,
                Range("调研成果获县领导批示或转化运用", 6, "每项2分", "批示件"))),
        Node("管理", 20,
            Node("学员管理", 12,
                Range("落实学员考勤、纪实考察和结业考核", 8, "考勤3分，纪实考察3分，考核2分", "考勤表、纪实考察记录表"),
                Veto("培训期间发生违反中央八项规定精神问题或重大安全责任事故", "发生即评为不合格", "情况说明"),
                Range("开展训后跟踪问效", 4, "有方案2分，有记录2分", "跟踪问效记录")),
            Node("业务指导", 8,
                Range("对乡镇党校开展业务指导", 8, "每季度至少1次，每缺1次扣2分", "指导记录"))),
        Node("保障", 15,
            Node("经费保障", 9,
                PassFail("培训经费列入县级财政预算并逐年增长", 9, 0, "预算文件为准", "财政预算文件")),
            Node("设施保障", 6,
                Range("教室、宿舍、食堂、现场教学点满足培训需要", 6, "每项1.5分", "设施清单、照片"))),
    ];

    private static IndicatorInput Node(string title, double weight, params IndicatorInput[] children)
    {
        var node = new IndicatorInput { Title = title, Weight = weight };
        node.Children.Add(children);
        return node;
    }

    private static IndicatorInput Leaf(string title, double weight, ScoringMethod method, string rubric, string evidence) =>
        new() { Title = title, Weight = weight, Method = method, Rubric = rubric, Evidence = evidence };

    private static IndicatorInput Range(string title, double weight, string rubric, string evidence) =>
        Leaf(title, weight, ScoringMethod.Range, rubric, evidence);

    private static IndicatorInput Bonus(string title, double weight, double @base, double floor, double cap, string rubric, string evidence)
    {
        var leaf = Leaf(title, weight, ScoringMethod.BonusDeduction, rubric, evidence);
        (leaf.Base, leaf.Floor, leaf.Cap) = (@base, floor, cap);
        return leaf;
    }

    private static IndicatorInput PassFail(string title, double weight, double failCap, string rubric, string evidence)
    {
        var leaf = Leaf(title, weight, ScoringMethod.PassFail, rubric, evidence);
        leaf.FailCap = failCap;
        return leaf;
    }

    private static IndicatorInput Veto(string title, string rubric, string evidence) => Leaf(title, 0, ScoringMethod.Veto, rubric, evidence);
}
