using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.Identity.Schools;
using PartySchoolNet.Identity.Security;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.ServiceDefaults.Errors;

namespace PartySchoolNet.Identity.Accounts;

/// <summary>
/// Admins disable, enable and reset accounts at schools in their scope; a person changes their own password. Whatever
/// ends a session (disabling, a new password) changes the account's security stamp and revokes its refresh tokens.
/// The change, its audit line, its event and the revocation are one transaction: a call that a write conflict sends
/// round again (<see cref="ConflictRetryInterceptor"/>) finds nothing of its first attempt standing.
/// </summary>
internal sealed class AccountAdministration(IdentityDbContext db, IPasswordHasher<Account> hasher, IOpenIddictTokenManager tokens, TimeProvider clock)
{
    public async Task<Account> DisableAsync(DisableAccountRequest request, Caller caller, string address, CancellationToken ct)
    {
        var (account, school) = await ManagedAsync(request.AccountId, caller, ct);
        if (account.Id.ToString() == caller.Subject)
        {
            throw new StateConflictException("cannot_disable_self", "不能停用自己的账户");
        }
        account.Disable();
        db.AddEvent(account.Changed(clock.GetUtcNow()));
        return await SaveAsync(account, SecurityEventKind.AccountDisabled, school, caller, address, request.Reason.Trim(), ct);
    }

    public async Task<Account> EnableAsync(EnableAccountRequest request, Caller caller, string address, CancellationToken ct)
    {
        var (account, school) = await ManagedAsync(request.AccountId, caller, ct);
        account.Enable();
        db.AddEvent(account.Changed(clock.GetUtcNow()));
        await UnlockKnownAddressesAsync(account, ct);
        return await SaveAsync(account, SecurityEventKind.AccountEnabled, school, caller, address, "", ct);
    }

    public async Task<Account> ResetPasswordAsync(ResetPasswordRequest request, Caller caller, string address, CancellationToken ct)
    {
        var (account, school) = await ManagedAsync(request.AccountId, caller, ct);
        var errors = new FieldErrors();
        var password = errors.Password(request.NewPassword, "new_password", account.UserName);
        errors.ThrowIfAny();
        account.SetPassword(hasher.HashPassword(account, password));
        await UnlockKnownAddressesAsync(account, ct);
        return await SaveAsync(account, SecurityEventKind.PasswordReset, school, caller, address, "", ct);
    }

    public async Task<Account> ChangePasswordAsync(ChangePasswordRequest request, Caller caller, string address, CancellationToken ct)
    {
        var account = (Guid.TryParse(caller.Subject, out var id) ? await db.Accounts.FindAsync([id], ct) : null)
            ?? throw new ForbiddenException("只有个人账户可以修改密码", "not_a_person");
        var errors = new FieldErrors();
        errors.When(hasher.VerifyHashedPassword(account, account.PasswordHash, request.CurrentPassword) == PasswordVerificationResult.Failed,
            "current_password", "当前密码不正确");
        var password = errors.Password(request.NewPassword, "new_password", account.UserName);
        errors.When(password == request.CurrentPassword, "new_password", "新密码不能与当前密码相同").ThrowIfAny();
        account.SetPassword(hasher.HashPassword(account, password));
        await UnlockKnownAddressesAsync(account, ct);
        var school = await db.Schools.FindAsync([account.SchoolId], ct);
        return await SaveAsync(account, SecurityEventKind.PasswordChanged, school, caller, address, "", ct);
    }

    /// <summary>The account, if the caller may manage it: an admin within scope; only a network admin manages a network admin.</summary>
    private async Task<(Account Account, School School)> ManagedAsync(string accountId, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(Roles.NetworkAdmin, Roles.SchoolAdmin);
        var errors = new FieldErrors();
        var id = errors.Id(accountId, "account_id", "账户");
        errors.ThrowIfAny();
        var account = await db.Accounts.FindAsync([id], ct) ?? throw new NotFoundException("账户不存在", "account_not_found");
        var school = await db.GetVisibleSchoolAsync(account.SchoolId, caller, ct);
        if (account.Roles.Contains(Roles.NetworkAdmin) && !caller.IsInRole(Roles.NetworkAdmin))
        {
            throw new ForbiddenException("只有全网管理员可以管理全网管理员账户");
        }
        return (account, school);
    }

    /// <summary>An unlock or a new password lifts the locks of the account's own addresses too, in the same save.</summary>
    private async Task UnlockKnownAddressesAsync(Account account, CancellationToken ct)
    {
        foreach (var known in await db.KnownAddresses.Where(k => k.AccountId == account.Id && k.FailedSignIns > 0).ToListAsync(ct))
        {
            known.Unlock();
        }
    }

    private async Task<Account> SaveAsync(Account account, SecurityEventKind kind, School? school, Caller caller, string address, string detail, CancellationToken ct)
    {
        db.Audit(kind, account.UserName, school, caller.Name, address, detail, clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await tokens.RevokeBySubjectAsync(account.Id.ToString(), ct);
        await transaction.CommitAsync(ct);
        return account;
    }
}
