namespace PartySchoolNet.FacultyPool.Contracts;

/// <summary>The Chinese names of the faculty pool's values, as the schools call them: one list for the service and every reader.</summary>
public static class InstructorLabels
{
    public static readonly IReadOnlyDictionary<InstructorKind, string> Kinds = new Dictionary<InstructorKind, string>
    {
        [InstructorKind.PartySchoolTeacher] = "党校教师",
        [InstructorKind.DepartmentHead] = "部门负责人",
        [InstructorKind.TownshipLeader] = "乡镇班子成员",
        [InstructorKind.VillageSecretary] = "村党组织书记",
        [InstructorKind.ModelWorker] = "先进模范",
        [InstructorKind.FiveElders] = "五老",
        [InstructorKind.LocalExpert] = "土专家",
        [InstructorKind.ExternalExpert] = "外聘专家",
    };

    public static readonly IReadOnlyDictionary<SharingScope, string> Sharing = new Dictionary<SharingScope, string>
    {
        [SharingScope.OwnSchool] = "仅本校", [SharingScope.County] = "本县（区）共享", [SharingScope.City] = "全市共享",
    };

    public static readonly IReadOnlyDictionary<LendingStatus, string> LendingStatuses = new Dictionary<LendingStatus, string>
    {
        [LendingStatus.Pending] = "待审批", [LendingStatus.Approved] = "已同意", [LendingStatus.Declined] = "未同意", [LendingStatus.Cancelled] = "已撤回",
    };

    public static readonly string[] Weekdays = ["", "周一", "周二", "周三", "周四", "周五", "周六", "周日"];
}
