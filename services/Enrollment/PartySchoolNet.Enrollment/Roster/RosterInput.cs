using System.Text.RegularExpressions;

namespace PartySchoolNet.Enrollment.Roster;

/// <summary>
/// The rules for a cadre's facts, the same whether they come one by one or in a roster file (where <c>line</c> starts
/// each message, e.g. "第12行：").
/// </summary>
internal static partial class RosterInput
{
    public const int MaxYearsOfService = 50;

    public static CadreSpec? Cadre(
        this FieldErrors errors, string field, string staffNo, string name, PositionLevel level, int yearsOfService, bool isLeader, string line = "")
    {
        var (no, trimmed) = (staffNo.Trim(), name.Trim());
        errors.When(!StaffNoPattern().IsMatch(no), $"{field}.staff_no", $"{line}人员编号须为1至32位字母、数字或连字符")
            .When(trimmed.Length is < 2 or > 30, $"{field}.name", $"{line}姓名长度须为2至30个字符")
            .When(yearsOfService is < 0 or > MaxYearsOfService, $"{field}.years_of_service", $"{line}任职年限须在0至{MaxYearsOfService}年之间");
        return errors.IsEmpty ? new CadreSpec(no, trimmed, level, yearsOfService, isLeader) : null;
    }

    public static string UnitName(this FieldErrors errors, string name, string field, string line = "")
    {
        var trimmed = name.Trim();
        errors.When(trimmed.Length is < 2 or > SendingUnit.MaxNameLength, field, $"{line}单位名称长度须为2至{SendingUnit.MaxNameLength}个字符");
        return trimmed;
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$")]
    private static partial Regex StaffNoPattern();
}
