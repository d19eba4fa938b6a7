using System.Security.Claims;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceDefaults.Errors;

namespace PartySchoolNet.ServiceDefaults.Tenancy;

/// <summary>Who is calling, read from the token's claims: every tenancy decision starts here.</summary>
public sealed record Caller(string Subject, string Name, Guid SchoolId, SchoolTier Tier, string ScopePath, IReadOnlySet<string> Roles)
{
    public bool IsInRole(string role) => Roles.Contains(role);

    public bool IsInAnyRole(params string[] roles) => roles.Any(Roles.Contains);

    /// <summary>The city sees all, a county itself and its townships, a township itself.</summary>
    public bool CanSee(string schoolPath) => SchoolPath.IsWithin(schoolPath, ScopePath);

    public void EnsureCanSee(string schoolPath)
    {
        if (!CanSee(schoolPath))
        {
            throw new ForbiddenException("无权访问本校管辖范围以外的数据");
        }
    }

    public void EnsureInAnyRole(params string[] roles)
    {
        if (!IsInAnyRole(roles))
        {
            throw new ForbiddenException("当前账号的角色无权执行此操作");
        }
    }

    public static Caller FromPrincipal(ClaimsPrincipal principal)
    {
        var schoolId = principal.FindFirstValue(ClaimNames.SchoolId);
        var tier = principal.FindFirstValue(ClaimNames.SchoolTier);
        var scope = principal.FindFirstValue(ClaimNames.ScopePath);
        if (!Guid.TryParse(schoolId, out var id) || !Enum.TryParse<SchoolTier>(tier, out var parsedTier) || string.IsNullOrEmpty(scope))
        {
            throw new ForbiddenException("令牌缺少学校信息");
        }
        var roles = principal.FindAll(ClaimNames.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Caller(
            principal.FindFirstValue(ClaimNames.Subject) ?? string.Empty,
            principal.FindFirstValue(ClaimNames.Name) ?? string.Empty,
            id, parsedTier, scope, roles);
    }
}
