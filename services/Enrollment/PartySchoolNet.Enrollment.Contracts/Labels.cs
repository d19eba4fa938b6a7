namespace PartySchoolNet.Enrollment.Contracts;

/// <summary>The Chinese names people read and write for the service's vocabularies (CSV rosters, messages, the portal).</summary>
public static class Labels
{
    public static readonly IReadOnlyDictionary<PositionLevel, string> PositionLevels = new Dictionary<PositionLevel, string>
    {
        [PositionLevel.CountyHead] = "县处级正职", [PositionLevel.CountyDeputy] = "县处级副职",
        [PositionLevel.SectionHead] = "乡科级正职", [PositionLevel.SectionDeputy] = "乡科级副职",
        [PositionLevel.GeneralStaff] = "一般干部", [PositionLevel.VillageSecretary] = "村党组织书记",
        [PositionLevel.VillageCommittee] = "村两委成员", [PositionLevel.PartyActivist] = "入党积极分子",
    };

    public static readonly IReadOnlyDictionary<ClassCategory, string> Categories = new Dictionary<ClassCategory, string>
    {
        [ClassCategory.Theory] = "理论教育", [ClassCategory.PartySpirit] = "党性教育", [ClassCategory.Capability] = "能力培训",
    };

    public static readonly IReadOnlyDictionary<ClassMode, string> Modes = new Dictionary<ClassMode, string>
    {
        [ClassMode.OnSite] = "集中培训", [ClassMode.Outreach] = "送教下基层", [ClassMode.SelfSelected] = "自主选学", [ClassMode.Remote] = "远程教育",
    };

    public static readonly IReadOnlyDictionary<AttendanceStatus, string> Attendance = new Dictionary<AttendanceStatus, string>
    {
        [AttendanceStatus.Present] = "出勤", [AttendanceStatus.Late] = "迟到", [AttendanceStatus.Leave] = "请假", [AttendanceStatus.Absent] = "缺勤",
    };

    public static readonly IReadOnlyDictionary<ClassState, string> States = new Dictionary<ClassState, string>
    {
        [ClassState.Draft] = "草稿", [ClassState.Open] = "报名中", [ClassState.Closed] = "报名截止",
        [ClassState.InProgress] = "培训中", [ClassState.Completed] = "已结业", [ClassState.Cancelled] = "已取消",
    };

    public static readonly IReadOnlyDictionary<RecorderRole, string> Recorders = new Dictionary<RecorderRole, string>
    {
        [RecorderRole.HeadTeacher] = "班主任", [RecorderRole.BranchSecretary] = "支部书记", [RecorderRole.Monitor] = "班长", [RecorderRole.CommitteeMember] = "班委",
    };

    public static readonly IReadOnlyDictionary<ObservationAspect, string> Aspects = new Dictionary<ObservationAspect, string>
    {
        [ObservationAspect.Learning] = "学习情况", [ObservationAspect.Thinking] = "思想动态", [ObservationAspect.Character] = "性格特点",
    };

    public static readonly IReadOnlyDictionary<LeaveState, string> LeaveStates = new Dictionary<LeaveState, string>
    {
        [LeaveState.Pending] = "待审批", [LeaveState.Approved] = "已准假", [LeaveState.Rejected] = "未准假",
    };

    public static readonly IReadOnlyDictionary<OutreachStatus, string> OutreachStatuses = new Dictionary<OutreachStatus, string>
    {
        [OutreachStatus.Requested] = "待审批", [OutreachStatus.Approving] = "安排中", [OutreachStatus.AwaitingLending] = "待借调审批",
        [OutreachStatus.Scheduled] = "已排课", [OutreachStatus.Returned] = "已退回调度", [OutreachStatus.Declined] = "未批准",
        [OutreachStatus.Withdrawn] = "已撤回", [OutreachStatus.Delivered] = "已送教",
    };

    public static readonly IReadOnlyDictionary<OutreachAudience, string> OutreachAudiences = new Dictionary<OutreachAudience, string>
    {
        [OutreachAudience.VillageCommittees] = "村两委", [OutreachAudience.PartyMembers] = "党员", [OutreachAudience.PartyActivists] = "入党积极分子",
        [OutreachAudience.GrassrootsCadres] = "基层干部", [OutreachAudience.Mixed] = "综合",
    };

    public static bool IsKnown<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Enum.IsDefined(value) && Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) != 0;
}
