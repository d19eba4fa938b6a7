namespace PartySchoolNet.Enrollment.Classes;

/// <summary>Checks a class's details field by field; the quotas' units are checked against the database by the caller.</summary>
internal static class ClassInput
{
    public const int MaxCapacity = 5000;
    public const decimal MaxCreditHours = 500;
    private const int MaxDays = 366;

    public static ClassSpec? Details(this FieldErrors errors, ClassDetails? details, string field = "details")
    {
        if (details is null)
        {
            errors.Add(field, "班次信息不能为空");
            return null;
        }
        var title = details.Title.Trim();
        errors.When(title.Length is < 2 or > 100, $"{field}.title", "班次名称长度须为2至100个字符")
            .When(details.Description.Length > 2000, $"{field}.description", "班次简介不能超过2000个字符")
            .When(!Labels.IsKnown(details.Category), $"{field}.category", "请选择培训类别")
            .When(!Labels.IsKnown(details.Mode), $"{field}.mode", "请选择培训方式")
            .When(details.Capacity is < 1 or > MaxCapacity, $"{field}.capacity", $"班次容量须在1至{MaxCapacity}人之间")
            .When(!(details.CreditHours > 0 && details.CreditHours <= (double)MaxCreditHours && details.CreditHours * 2 == Math.Floor(details.CreditHours * 2)),
                $"{field}.credit_hours", $"学时须大于0、不超过{MaxCreditHours}，以0.5为单位");
        var start = errors.Day(details.StartDate, $"{field}.start_date");
        var end = errors.Day(details.EndDate, $"{field}.end_date");
        errors.When(start is { } s && end is { } e && (e < s || e.DayNumber - s.DayNumber >= MaxDays), $"{field}.end_date", $"结束日期不能早于开始日期，且培训期不超过{MaxDays}天");
        var criteria = errors.Criteria(details.Criteria, $"{field}.criteria");
        var quotas = errors.Quotas(details, $"{field}.quotas");
        return errors.IsEmpty
            ? new ClassSpec(title, details.Description.Trim(), details.Category, details.Mode, start!.Value, end!.Value,
                details.Capacity, (decimal)details.CreditHours, criteria, quotas)
            : null;
    }

    private static TargetRules Criteria(this FieldErrors errors, TargetCriteria? criteria, string field)
    {
        criteria ??= new TargetCriteria();
        errors.When(criteria.PositionLevels.Any(l => !Labels.IsKnown(l)), $"{field}.position_levels", "职级不正确")
            .When(criteria.MinYearsOfService is < 0 or > Roster.RosterInput.MaxYearsOfService, $"{field}.min_years_of_service", "最低任职年限须在0至50年之间")
            .When(criteria.MaxYearsOfService != 0 && criteria.MaxYearsOfService < Math.Max(criteria.MinYearsOfService, 1) || criteria.MaxYearsOfService > Roster.RosterInput.MaxYearsOfService,
                $"{field}.max_years_of_service", "最高任职年限须不小于最低任职年限（0表示不限）")
            .When(!Enum.IsDefined(criteria.Leaders), $"{field}.leaders", "领导职务要求不正确")
            .When(criteria.NotTrainedWithinYears is < 0 or > 10, $"{field}.not_trained_within_years", "重复培训提示年限须在0至10年之间");
        return new TargetRules
        {
            PositionLevels = [.. criteria.PositionLevels.Distinct().Order()], MinYearsOfService = criteria.MinYearsOfService,
            MaxYearsOfService = criteria.MaxYearsOfService, Leaders = criteria.Leaders, RepeatWindowYears = criteria.NotTrainedWithinYears,
        };
    }

    private static List<(Guid UnitId, int Seats)> Quotas(this FieldErrors errors, ClassDetails details, string field)
    {
        errors.When(details.Mode == ClassMode.SelfSelected && details.Quotas.Count > 0, field, "自主选学课程按报名先后确定，不设单位名额")
            .When(details.Quotas.Count > 500, field, "单位名额最多500个");
        var quotas = new List<(Guid, int)>();
        for (var i = 0; i < details.Quotas.Count; i++)
        {
            var (quota, at) = (details.Quotas[i], $"{field}[{i}]");
            var unitId = errors.Id(quota.UnitId, $"{at}.unit_id", "单位");
            errors.When(quota.Seats < 1 || quota.Seats > details.Capacity, $"{at}.seats", "名额须至少1人，且不超过班次容量")
                .When(quotas.Any(q => q.Item1 == unitId), $"{at}.unit_id", "同一单位只能设一个名额");
            quotas.Add((unitId, quota.Seats));
        }
        return quotas;
    }
}
