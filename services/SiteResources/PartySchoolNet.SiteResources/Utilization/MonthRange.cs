using System.Globalization;
using PartySchoolNet.ServiceDefaults.Errors;

namespace PartySchoolNet.SiteResources.Utilization;

/// <summary>Whole local months, first to last inclusive, at most a year.</summary>
internal sealed record MonthRange(DateOnly First, DateOnly Last)
{
    public const int MaxMonths = 12;

    public IEnumerable<DateOnly> Months()
    {
        for (var month = First; month <= Last; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    public static MonthRange? Read(FieldErrors errors, string from, string to)
    {
        var first = Month(errors, from, "from_month");
        var last = Month(errors, to, "to_month");
        if (first is not { } f || last is not { } l)
        {
            return null;
        }
        var count = (l.Year - f.Year) * 12 + l.Month - f.Month + 1;
        errors.When(count < 1, "to_month", "结束月份不能早于开始月份")
            .When(count > MaxMonths, "to_month", $"一次最多统计{MaxMonths}个月");
        return new MonthRange(f, l);
    }

    private static DateOnly? Month(FieldErrors errors, string value, string field)
    {
        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }
        errors.Add(field, "月份格式须为YYYY-MM，如2026-03");
        return null;
    }
}
