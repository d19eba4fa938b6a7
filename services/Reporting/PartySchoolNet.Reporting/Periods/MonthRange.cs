using System.Globalization;

namespace PartySchoolNet.Reporting.Periods;

/// <summary>The months a report covers, both inclusive: "yyyy-MM" as asked, by default this year to date (China time).</summary>
public sealed record MonthRange(DateOnly From, DateOnly To)
{
    public const int MaxMonths = 36;

    public MonthRange YearEarlier => new(From.AddYears(-1), To.AddYears(-1));

    public IEnumerable<DateOnly> Months()
    {
        for (var month = From; month <= To; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    public static MonthRange Read(FieldErrors errors, string fromMonth, string toMonth, DateTimeOffset now)
    {
        var thisMonth = ChinaTime.MonthOf(now);
        var months = new FieldErrors();
        var from = Month(months, fromMonth, "from_month") ?? new DateOnly(thisMonth.Year, 1, 1);
        var to = Month(months, toMonth, "to_month") ?? thisMonth;
        // The range is judged only between months that were read; a malformed one is its own error.
        months.When(months.IsEmpty && to < from, "to_month", "结束月份不能早于开始月份")
            .When(months.IsEmpty && to >= from && (to.Year - from.Year) * 12 + to.Month - from.Month >= MaxMonths, "to_month", $"一次最多查询{MaxMonths}个月");
        errors.AddAll(months);
        return new MonthRange(from, to);
    }

    public static string Text(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateOnly? Month(FieldErrors errors, string text, string field)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }
        errors.Add(field, "月份格式应为yyyy-MM，如2027-03");
        return null;
    }
}
