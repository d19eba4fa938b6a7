using System.Text.RegularExpressions;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceDefaults.Errors;

namespace PartySchoolNet.Identity.Accounts;

internal static partial class AccountInput
{
    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,31}$")]
    private static partial Regex UserNamePattern();

    public static string UserName(this FieldErrors errors, string value)
    {
        var userName = value.Trim();
        errors.When(!UserNamePattern().IsMatch(userName), "user_name", "用户名须为3至32位小写字母、数字或 . _ -");
        return userName;
    }

    public static string Password(this FieldErrors errors, string value)
    {
        errors.When(value.Length is < 8 or > 128 || !value.Any(char.IsLetter) || !value.Any(char.IsDigit),
            "password", "密码须为8至128位，且同时包含字母和数字");
        return value;
    }

    public static IReadOnlyList<string> Roles(this FieldErrors errors, IEnumerable<string> values)
    {
        var roles = values.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        errors.When(roles.Count == 0, "roles", "至少指定一个角色");
        foreach (var unknown in roles.Where(r => !Contracts.Roles.ForAccounts.Contains(r)))
        {
            errors.Add("roles", $"未知角色“{unknown}”");
        }
        return roles;
    }
}
