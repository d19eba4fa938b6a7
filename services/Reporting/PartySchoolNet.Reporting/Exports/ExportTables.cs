using MiniExcelLibs.Attributes;
using PartySchoolNet.Reporting.Contracts;

namespace PartySchoolNet.Reporting.Exports;

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

    public sealed record OutreachLine(
        [property: ExcelColumnName("县（市、区）")] string County, [property: ExcelColumnName("申请")] int Requested,
        [property: ExcelColumnName("已送教")] int Delivered, [property: ExcelColumnName("未批准")] int Declined,
        [property: ExcelColumnName("已撤回")] int Withdrawn, [property: ExcelColumnName("办理中")] int Open,
        [property: ExcelColumnName("送达率")] double DeliveryRate, [property: ExcelColumnName("参训人次")] int Attendance,
        [property: ExcelColumnName("送教学时")] double Hours,
        [property: ExcelColumnName("申请至批准中位数（小时）")] double ApprovalP50, [property: ExcelColumnName("申请至批准P90（小时）")] double ApprovalP90,
        [property: ExcelColumnName("批准至排课中位数（小时）")] double ScheduleP50, [property: ExcelColumnName("批准至排课P90（小时）")] double ScheduleP90,
        [property: ExcelColumnName("排课至送达中位数（小时）")] double DeliveryP50, [property: ExcelColumnName("排课至送达P90（小时）")] double DeliveryP90,
        [property: ExcelColumnName("申请至送达中位数（小时）")] double OverallP50, [property: ExcelColumnName("申请至送达P90（小时）")] double OverallP90);

    public sealed record QuietTownshipLine(
        [property: ExcelColumnName("乡镇党校")] string Name, [property: ExcelColumnName("路径")] string Path, [property: ExcelColumnName("期内申请")] int Requested);

    public sealed record CampaignLine(
        [property: ExcelColumnName("评估活动")] string Name, [property: ExcelColumnName("评估对象")] string Tier, [property: ExcelColumnName("轮次")] int Round,
        [property: ExcelColumnName("学校数")] int Schools, [property: ExcelColumnName("平均分")] double Mean,
        [property: ExcelColumnName("优秀")] int Excellent, [property: ExcelColumnName("良好")] int Good,
        [property: ExcelColumnName("合格")] int Pass, [property: ExcelColumnName("不合格")] int Fail);

    public sealed record SchoolResultLine(
        [property: ExcelColumnName("排名")] int Rank, [property: ExcelColumnName("学校")] string School, [property: ExcelColumnName("路径")] string Path,
        [property: ExcelColumnName("总分")] double Total, [property: ExcelColumnName("等级")] string Grade, [property: ExcelColumnName("否决")] string Vetoed);

    public sealed record IndicatorScoreLine(
        [property: ExcelColumnName("学校")] string School, [property: ExcelColumnName("指标")] string Indicator,
        [property: ExcelColumnName("权重")] double Weight, [property: ExcelColumnName("得分")] double Score);

    public sealed record RectificationLine(
        [property: ExcelColumnName("县（市、区）")] string County, [property: ExcelColumnName("整改中")] int Open,
        [property: ExcelColumnName("已逾期")] int Overdue, [property: ExcelColumnName("已销号")] int Closed);

    public sealed record SiteKindLine(
        [property: ExcelColumnName("场地类型")] string Kind, [property: ExcelColumnName("月份")] string Month, [property: ExcelColumnName("场地数")] int Sites,
        [property: ExcelColumnName("预约学时")] double Booked, [property: ExcelColumnName("开放学时")] double Open,
        [property: ExcelColumnName("使用率")] double Rate, [property: ExcelColumnName("预约次数")] int Bookings, [property: ExcelColumnName("人次")] int Audience);

    public sealed record SiteLine(
        [property: ExcelColumnName("场地")] string Name, [property: ExcelColumnName("类型")] string Kind, [property: ExcelColumnName("所属学校")] string Owner,
        [property: ExcelColumnName("容量")] int Capacity, [property: ExcelColumnName("预约学时")] double Booked, [property: ExcelColumnName("开放学时")] double Open,
        [property: ExcelColumnName("使用率")] double Rate, [property: ExcelColumnName("预约次数")] int Bookings, [property: ExcelColumnName("人次")] int Audience);

    public sealed record CoverageLine(
        [property: ExcelColumnName("名称")] string Name, [property: ExcelColumnName("路径")] string Path, [property: ExcelColumnName("学员数")] int Cadres,
        [property: ExcelColumnName("应修学时")] double Required, [property: ExcelColumnName("已获学时")] double Earned,
        [property: ExcelColumnName("已参训")] int Trained, [property: ExcelColumnName("达标")] int Met, [property: ExcelColumnName("未达标")] int Short,
        [property: ExcelColumnName("多年未训")] int NotTrained, [property: ExcelColumnName("参训率")] double TrainedRate, [property: ExcelColumnName("达标率")] double MetRate);

    public sealed record GapLine(
        [property: ExcelColumnName("姓名")] string Name, [property: ExcelColumnName("单位")] string Unit, [property: ExcelColumnName("学校")] string School,
        [property: ExcelColumnName("职级")] string Level, [property: ExcelColumnName("应修学时")] double Required, [property: ExcelColumnName("已获学时")] double Earned,
        [property: ExcelColumnName("尚差学时")] double Short, [property: ExcelColumnName("最近参训")] string LastTrained, [property: ExcelColumnName("多年未训")] string NotTrained);

    public sealed record HeadlineLine(
        [property: ExcelColumnName("板块")] string Section, [property: ExcelColumnName("指标")] string Item, [property: ExcelColumnName("数值")] double Value);

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

    public static Dictionary<string, object> Of(OutreachReport r) => new()
    {
        ["送教下基层"] = r.Counties.Select(c => Outreach(c.CountyName, c.Figures)).Append(Outreach("合计", r.Total)).ToList(),
        ["未送教乡镇"] = r.TownshipsWithoutOutreach.Select(t => new QuietTownshipLine(t.Name, t.Path, t.Requested)).ToList(),
    };

    /// <summary>The heat map in long form (a row per school × indicator), which Excel pivots into a grid.</summary>
    public static Dictionary<string, object> Of(EvaluationResults e) => new()
    {
        ["评估结果"] = e.Schools.Select(s => new SchoolResultLine(s.Rank, s.SchoolName, s.SchoolPath, s.Total, s.GradeLabel, s.Vetoed ? "是" : "否")).ToList(),
        ["指标得分"] = e.Schools.SelectMany(s => e.Indicators.Zip(s.IndicatorScores, (i, score) => new IndicatorScoreLine(s.SchoolName, $"{i.Code} {i.Title}", i.Weight, score))).ToList(),
        ["等级分布"] = e.Campaigns.Select(c => new CampaignLine(c.Name, c.TierLabel, c.Round, c.Schools, c.MeanTotal, c.Grades.Excellent, c.Grades.Good, c.Grades.Pass, c.Grades.Fail)).ToList(),
        ["整改"] = e.Rectifications.Select(r => new RectificationLine(r.CountyName, r.Open, r.Overdue, r.Closed)).ToList(),
    };

    /// <summary>Each kind for the whole period (月份 “合计”) and then month by month.</summary>
    public static Dictionary<string, object> Of(Contracts.SiteUse u) => new()
    {
        ["场地类型"] = u.Kinds.SelectMany(k => k.Months.Select(m => (m.Month, m.Hours)).Prepend(("合计", k.Hours))
            .Select(m => SiteKind(k.KindLabel, m.Item1, k.Sites, m.Item2))).ToList(),
        ["使用最多"] = u.MostUsed.Select(Site).ToList(),
        ["使用最少"] = u.LeastUsed.Select(Site).ToList(),
    };

    private static SiteKindLine SiteKind(string kind, string month, int sites, SiteHours h) =>
        new(kind, month, sites, h.BookedHours, h.OpenHours, h.Rate, h.Bookings, h.Audience);

    private static SiteLine Site(SiteRow s) =>
        new(s.Name, s.KindLabel, s.OwnerPath, s.Capacity, s.Hours.BookedHours, s.Hours.OpenHours, s.Hours.Rate, s.Hours.Bookings, s.Hours.Audience);

    /// <summary>The cadres to train first (every one of them, streamed), then the schools and the own school's units.</summary>
    public static Dictionary<string, object> Of(Contracts.Coverage c, IEnumerable<CadreGap> gaps) => new()
    {
        ["待培训学员"] = gaps.Select(g => new GapLine(g.Name, g.UnitName, g.SchoolName, g.PositionLevelLabel, g.RequiredHours, g.EarnedHours, g.ShortHours,
            g.LastTrained, g.NotTrainedForYears ? "是" : "否")),
        ["学校"] = c.Schools.Select(s => Coverage(s.SchoolName, s.SchoolPath, s.Figures)).Append(Coverage("合计", c.ScopePath, c.Total)).ToList(),
        ["单位"] = c.Units.Select(u => Coverage(u.UnitName, "", u.Figures)).ToList(),
    };

    private static CoverageLine Coverage(string name, string path, CoverageFigures f) =>
        new(name, path, f.Cadres, f.RequiredHours, f.EarnedHours, f.Trained, f.Met, f.ShortOfHours, f.NotTrainedForYears, f.TrainedRate, f.MetRate);

    /// <summary>The overview as one list of headline figures, section by section.</summary>
    public static Dictionary<string, object> Of(Contracts.Overview o)
    {
        HeadlineLine Line(string section, string item, double value) => new(section, item, value);
        var lines = new List<HeadlineLine>
        {
            Line("学校", "市级党校", o.CitySchools), Line("学校", "县级党校", o.CountySchools), Line("学校", "乡镇党校", o.TownshipSchools),
            Line("培训量", "班次", o.Training.Classes), Line("培训量", "培训人次", o.Training.TraineeTimes), Line("培训量", "学时", o.Training.CreditedHours),
            Line("培训量", "上年同期培训人次", o.TrainingPreviousYear.TraineeTimes),
            Line("培训覆盖", "学员数", o.Coverage.Cadres), Line("培训覆盖", "参训率", o.Coverage.TrainedRate), Line("培训覆盖", "达标率", o.Coverage.MetRate),
            Line("培训覆盖", "多年未训", o.Coverage.NotTrainedForYears),
            Line("师资", "授课教员", o.InstructorsTeaching), Line("师资", "授课场次", o.Taught.Sessions), Line("师资", "外借场次", o.Lent.Sessions),
            Line("场地", "场地数", o.SiteCount), Line("场地", "使用率", o.Sites.Rate),
            Line("送教下基层", "申请", o.Outreach.Requested), Line("送教下基层", "已送教", o.Outreach.Delivered), Line("送教下基层", "送达率", o.Outreach.DeliveryRate),
            Line("送教下基层", "未送教乡镇", o.TownshipsWithoutOutreach),
            Line("办学质量评估", "整改中", o.RectificationsOpen), Line("办学质量评估", "已逾期", o.RectificationsOverdue),
        };
        if (o.LatestCampaign is { } c)
        {
            lines.Add(Line("办学质量评估", $"{c.Name}平均分", c.MeanTotal));
        }
        return new() { ["概览"] = lines };
    }

    private static OutreachLine Outreach(string county, OutreachFigures f) => new(county, f.Requested, f.Delivered, f.Declined, f.Withdrawn, f.Open,
        f.DeliveryRate, f.Attendance, f.DeliveredHours, f.ToApproval.MedianHours, f.ToApproval.P90Hours, f.ToSchedule.MedianHours, f.ToSchedule.P90Hours,
        f.ToDelivery.MedianHours, f.ToDelivery.P90Hours, f.Overall.MedianHours, f.Overall.P90Hours);

    private static VolumeTotal Total(string period, string months, VolumeFigures f) => new(period, months, f.Classes, f.Sessions, f.TraineeTimes, f.CreditedHours);
}
