using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using PartySchoolNet.ServiceDefaults.Errors;

namespace PartySchoolNet.ServiceDefaults.Time;

/// <summary>A weekday (1 = Monday … 7 = Sunday) and a local time span on it.</summary>
public readonly record struct WeeklyWindow(int Weekday, TimeOnly From, TimeOnly Until);

/// <summary>Reads times from requests, recording what is wrong on the field at fault.</summary>
public static class TimeInput
{
    /// <summary>A time range whose end comes after its start; either end may be reported on its own field.</summary>
    public static (DateTimeOffset? Start, DateTimeOffset? End) Range(
        this FieldErrors errors, Timestamp? start, Timestamp? end, string startField, string endField)
    {
        errors.When(start is null, startField, "开始时间不能为空").When(end is null, endField, "结束时间不能为空");
        if (start is null || end is null)
        {
            return (null, null);
        }
        var (from, until) = (start.ToDateTimeOffset(), end.ToDateTimeOffset());
        errors.When(until <= from, endField, "结束时间须晚于开始时间");
        return (from, until);
    }

    /// <summary>
    /// Weekly windows, each "HH:mm" to "HH:mm" on a weekday; windows of one day must not overlap. <paramref name="read"/>
    /// gives a message's weekday, start and end; <paramref name="names"/> the wire names of its start and end fields.
    /// </summary>
    public static List<WeeklyWindow> WeeklyWindows<T>(
        this FieldErrors errors, IReadOnlyList<T> windows, Func<T, (int Weekday, string From, string Until)> read,
        string field, (string From, string Until) names, string label)
    {
        errors.When(windows.Count == 0, field, $"请至少填写一个{label}");
        var parsed = new List<WeeklyWindow>();
        for (var i = 0; i < windows.Count; i++)
        {
            var ((weekday, from, until), at) = (read(windows[i]), $"{field}[{i}]");
            errors.When(weekday is < 1 or > 7, $"{at}.weekday", "星期须为1（周一）至7（周日）");
            var start = errors.TimeOfDay(from, $"{at}.{names.From}");
            var end = errors.TimeOfDay(until, $"{at}.{names.Until}");
            if (start is { } s && end is { } e)
            {
                errors.When(s >= e, $"{at}.{names.Until}", "结束时间须晚于开始时间");
                parsed.Add(new WeeklyWindow(weekday, s, e));
            }
        }
        var overlapping = parsed.Where((a, i) => parsed.Where((b, j) => i != j && a.Weekday == b.Weekday && a.From < b.Until && b.From < a.Until).Any());
        errors.When(overlapping.Any(), field, $"同一天的{label}不能重叠");
        return [.. parsed.OrderBy(w => w.Weekday).ThenBy(w => w.From)];
    }

    /// <summary>A calendar day written "YYYY-MM-DD".</summary>
    public static DateOnly? Day(this FieldErrors errors, string value, string field)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        errors.Add(field, "日期格式须为YYYY-MM-DD");
        return null;
    }

    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A day as the APIs write it, "YYYY-MM-DD" (what <see cref="Day"/> reads).</summary>
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TimeOnly? TimeOfDay(this FieldErrors errors, string value, string field)
    {
        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        errors.Add(field, "时间格式须为HH:mm，如08:30");
        return null;
    }
}
