using PartySchoolNet.QualityEvaluation.Scoring;

namespace PartySchoolNet.QualityEvaluation.Campaigns;

internal static class CampaignInput
{
    public static CampaignSpec? Spec(this FieldErrors errors, CreateCampaignRequest request)
    {
        var name = request.Name.Trim();
        errors.Required(name, "name", "评估批次名称").When(name.Length > 100, "name", "评估批次名称不能超过100个字符")
            .When(!Enum.IsDefined(request.CombineRule), "combine_rule", "评分汇总规则无法识别");
        var start = TimeInput.Day(errors, request.WindowStart, "window_start");
        var end = TimeInput.Day(errors, request.WindowEnd, "window_end");
        var deadline = TimeInput.Day(errors, request.RectificationDeadline, "rectification_deadline");
        errors.When(start is not null && end is not null && end < start, "window_end", "评估结束日期不能早于开始日期")
            .When(end is not null && deadline is not null && deadline <= end, "rectification_deadline", "整改期限须晚于评估结束日期");
        var grading = Thresholds(errors, request.Thresholds);
        var below = request.RectificationBelow == 0 ? 0.6 : request.RectificationBelow;
        errors.When(!(below > 0 && below <= 1) || !Points.HasAtMostTwoDecimals(below), "rectification_below", "整改线须在0至1之间（得分占权重的比例），最多两位小数");
        if (start is null || end is null || deadline is null || !errors.IsEmpty)
        {
            return null;
        }
        var rule = request.CombineRule == CombineRule.Unspecified ? CombineRule.Mean : request.CombineRule;
        return new CampaignSpec(name, start.Value, end.Value, rule, grading, (decimal)below, deadline.Value);
    }

    private static Grading Thresholds(FieldErrors errors, GradeThresholds? thresholds)
    {
        if (thresholds is null)
        {
            return Grading.Default;
        }
        foreach (var (value, field) in new[] { (thresholds.Excellent, "excellent"), (thresholds.Good, "good"), (thresholds.Pass, "pass") })
        {
            errors.When(!Points.HasAtMostTwoDecimals(value), $"thresholds.{field}", "分数线最多两位小数");
        }
        var grading = new Grading(Points.FromWire(thresholds.Excellent), Points.FromWire(thresholds.Good), Points.FromWire(thresholds.Pass));
        errors.When(!(grading.Pass > 0 && grading.Pass < grading.Good && grading.Good < grading.Excellent && grading.Excellent <= 100),
            "thresholds", "分数线须满足 0 < 合格 < 良好 < 优秀 ≤ 100");
        return grading;
    }
}
