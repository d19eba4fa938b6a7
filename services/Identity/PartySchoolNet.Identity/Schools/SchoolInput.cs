using System.Text.RegularExpressions;
using PartySchoolNet.ServiceDefaults.Errors;

namespace PartySchoolNet.Identity.Schools;

internal static partial class SchoolInput
{
    [GeneratedRegex("^[a-z][a-z0-9]{1,19}$")]
    private static partial Regex CodePattern();

    public static string Code(this FieldErrors errors, string value)
    {
        var code = value.Trim();
        errors.When(!CodePattern().IsMatch(code), "code", "编码须为2至20位小写字母或数字，并以字母开头");
        return code;
    }

    public static string Name(this FieldErrors errors, string value, bool required = true)
    {
        var name = value.Trim();
        if (name.Length == 0)
        {
            return required ? Fail(errors, "name", "名称不能为空") : name;
        }
        errors.When(name.Length is < 2 or > 50, "name", "名称长度须为2至50个字符");
        return name;
    }

    public static string Region(this FieldErrors errors, string value)
    {
        var region = value.Trim();
        errors.When(region.Length > 50, "region", "所在地区不能超过50个字符");
        return region;
    }

    private static string Fail(FieldErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return "";
    }
}
