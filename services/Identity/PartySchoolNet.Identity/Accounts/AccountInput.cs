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

    private static readonly string[] CommonPasswords = ["password1", "passw0rd", "qwerty123", "admin123", "abc12345", "12345678a", "a12345678", "p@ssw0rd"];

    /// <summary>8–128 characters of at least three kinds (upper case, lower case, digits, symbols), not the user name, not a common one.</summary>
    public static string Password(this FieldErrors errors, string value, string field, string? userName = null)
    {
        var kinds = new[] { value.Any(char.IsUpper), value.Any(char.IsLower), value.Any(char.IsDigit), value.Any(c => !char.IsLetterOrDigit(c)) }.Count(k => k);
        if (value.Length is < 8 or > 128)
        {
            errors.Add(field, "密码长度须为8至128位");
        }
        else if (kinds < 3)
        {
            errors.Add(field, "密码须至少包含大写字母、小写字母、数字、符号中的三类");
        }
        else if (userName is { Length: >= 3 } && value.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(field, "密码不能包含用户名");
        }
        else if (CommonPasswords.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(field, "密码过于常见，请换一个");
        }
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
