using MiniExcelLibs.Attributes;
using PartySchoolNet.Reporting.Contracts;

namespace PartySchoolNet.Reporting.Features.Exports;

/// <summary>
/// A report's tables as people read them in Excel: a sheet per table, one row per line, Chinese headers (named on typed
/// rows, so an empty table still has its header row).
/// </summary>
internal static class ExportTables
{
    public sealed record VolumeLine(
        [property: ExcelColumnName("学校")] string School, [property: ExcelColumnName("层级")] string Tier, [property: ExcelColumnName("月份")] string Month,
        [property: ExcelColumnName("培训类别")] string Category, [property: ExcelColumnName("培训方式")] string Mode,
        [property: ExcelColumnName("班次")] int Classes, [property: ExcelColumnName("场次")] int Sessions,
        [property: ExcelColumnName("培训人次")] int TraineeTimes, [property: ExcelColumnName("学时")] double Hours);

    public sealed record VolumeTotal(
        [property: ExcelColumnName("期间")] string Period, [property: ExcelColumnName("月份")] string Months,
        [property: ExcelColumnName("班次")] int Classes, [property: ExcelColumnName("场次")] int Sessions,
        [property: ExcelColumnName("培训人次")] int TraineeTimes, [property: ExcelColumnName("学时")] double Hours);

    public sealed record InstructorLine(
        [property: ExcelColumnName("姓名")] string Name, [property: ExcelColumnName("类别")] string Kind, [property: ExcelColumnName("所在学校")] string Home,
        [property: ExcelColumnName("授课场次")] int Sessions, [property: ExcelColumnName("授课学时")] double Hours,
        [property: ExcelColumnName("外借场次")] int LentSessions, [property: ExcelColumnName("外借学时")] double LentHours,
        [property: ExcelColumnName("单月最多场次")] int Busiest, [property: ExcelColumnName("每月上限")] int Limit,
        [property: ExcelColumnName("学员评分")] double Rating, [property: ExcelColumnName("评分次数")] int Ratings);

    public sealed record KindLine(
        [property: ExcelColumnName("类别")] string Kind, [property: ExcelColumnName("教员数")] int Instructors,
        [property: ExcelColumnName("授课场次")] int Sessions, [property: ExcelColumnName("授课学时")] double Hours);

    public sealed record LoanLine(
        [property: ExcelColumnName("借出")] string Lender, [property: ExcelColumnName("借入")] string Borrower,
        [property: ExcelColumnName("场次")] int Sessions, [property: ExcelColumnName("学时")] double Hours);

    public static Dictionary<string, object> Of(Contracts.TrainingVolume v) => new()
    {
        ["培训量"] = v.Rows.Select(r => new VolumeLine(r.SchoolName, r.Tier, r.Month, r.CategoryLabel, r.ModeLabel,
            r.Figures.Classes, r.Figures.Sessions, r.Figures.TraineeTimes, r.Figures.CreditedHours)).ToList(),
        ["合计"] = new List<VolumeTotal>
        {
            Total("本期", $"{v.FromMonth}至{v.ToMonth}", v.Total), Total("上年同期", "", v.PreviousYearTotal),
        },
    };

    public static Dictionary<string, object> Of(Contracts.InstructorUse u) => new()
    {
        ["教员"] = u.Instructors.Select(i => new InstructorLine(i.Name, i.KindLabel, i.HomeSchoolPath, i.Taught.Sessions, i.Taught.Hours,
            i.Lent.Sessions, i.Lent.Hours, i.BusiestMonthSessions, i.MonthlyLoadLimit, i.Rating, i.RatingCount)).ToList(),
        ["师资类别"] = u.Kinds.Select(k => new KindLine(k.KindLabel, k.Instructors, k.Taught.Sessions, k.Taught.Hours)).ToList(),
        ["跨县借调"] = u.Loans.Select(l => new LoanLine(l.LenderName, l.BorrowerName, l.Taught.Sessions, l.Taught.Hours)).ToList(),
    };

    private static VolumeTotal Total(string period, string months, VolumeFigures f) => new(period, months, f.Classes, f.Sessions, f.TraineeTimes, f.CreditedHours);
}
