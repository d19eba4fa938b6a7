using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.Identity.Schools;
using PartySchoolNet.Identity.Security;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Identity.Accounts;

/// <summary>An admin creates an account at a school in its scope; only a network admin hands out network admin, and only at the city.</summary>
internal sealed class CreateAccount(IdentityDbContext db, IPasswordHasher<Account> hasher, TimeProvider clock)
{
    public async Task<Account> HandleAsync(CreateAccountRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(Roles.NetworkAdmin, Roles.SchoolAdmin);
        var errors = new FieldErrors();
        var userName = errors.UserName(request.UserName);
        var displayName = request.DisplayName.Trim();
        errors.Required(displayName, "display_name", "姓名")
            .When(displayName.Length > 50, "display_name", "姓名不能超过50个字符");
        var password = errors.Password(request.Password, "password", userName);
        var roles = errors.Roles(request.Roles);
        var schoolId = errors.Id(request.SchoolId, "school_id", "所属学校");
        errors.ThrowIfAny();

        var school = await db.GetVisibleSchoolAsync(schoolId, caller, ct);
        if (roles.Contains(Roles.NetworkAdmin))
        {
            caller.EnsureInAnyRole(Roles.NetworkAdmin);
            if (school.Tier != SchoolTier.City)
            {
                throw new ValidationFailedException([new FieldError("roles", "全网管理员只能设在市委党校")]);
            }
        }

        var account = Account.Create(userName, displayName, school.Id, roles, clock.GetUtcNow());
        account.PasswordHash = hasher.HashPassword(account, password);
        db.Accounts.Add(account);
        db.AddEvent(account.Registered());
        db.Audit(SecurityEventKind.AccountCreated, userName, school, caller.Name, "", string.Join(",", roles), account.CreatedAt);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(out _))
        {
            throw new AlreadyExistsException("user_name_taken", $"用户名“{userName}”已被使用");
        }
        return account;
    }
}
