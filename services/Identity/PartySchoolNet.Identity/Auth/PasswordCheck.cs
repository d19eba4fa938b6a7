using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.Identity.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartySchoolNet.Identity.Auth;

/// <summary>The person a user name and password name, or why they may not sign in (an OAuth error and a Chinese message).</summary>
internal sealed record SignInOutcome(Account? Account, School? School, string Error = "", string Message = "")
{
    public IResult Tokens() => Account is { } account
        ? TokenResults.Issue(account.Id.ToString(), account.DisplayName, School!, account.Roles, account.SecurityStamp)
        : TokenResults.Reject(Error, Message);
}

/// <summary>
/// A person signs in with user name and password — by the password grant or on the sign-in page — past the address and
/// account guards; every outcome is audited.
/// </summary>
internal sealed class PasswordCheck(IdentityDbContext db, IPasswordHasher<Account> hasher, SignInGuard guard, TimeProvider clock)
{
    private const string WrongPassword = "用户名或密码错误";

    public async Task<SignInOutcome> CheckAsync(string userName, string password, string address, CancellationToken ct)
    {
        if (await guard.AddressBlockedAsync(address, ct))
        {
            return await RefuseAsync(SecurityEventKind.SignInRefused, userName, null, address, "address_throttled",
                Errors.AccessDenied, "该地址登录失败次数过多，请15分钟后再试", ct);
        }
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.UserName == userName, ct);
        if (account is null)
        {
            return await RefuseAsync(SecurityEventKind.SignInFailed, userName, null, address, "unknown_user", Errors.InvalidGrant, WrongPassword, ct);
        }
        var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == account.SchoolId, ct);
        if (account.Disabled)
        {
            return await RefuseAsync(SecurityEventKind.SignInRefused, userName, school, address, "account_disabled", Errors.InvalidGrant, "账户已停用，请联系管理员", ct);
        }
        if (await guard.TakeTryAsync(account.Id, ct) is not { } tryNumber)
        {
            return await RefuseAsync(SecurityEventKind.SignInRefused, userName, school, address, "account_locked",
                Errors.InvalidGrant, "账户因多次密码错误已临时锁定，请稍后再试或联系管理员解锁", ct);
        }
        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            if (guard.LocksAt(tryNumber))
            {
                db.Audit(SecurityEventKind.LockedOut, userName, school, "", address, $"failures={tryNumber}", clock.GetUtcNow());
            }
            return await RefuseAsync(SecurityEventKind.SignInFailed, userName, school, address, $"try={tryNumber}", Errors.InvalidGrant, WrongPassword, ct);
        }

        await guard.SucceededAsync(account.Id, ct);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            db.Attach(account).Entity.PasswordHash = hasher.HashPassword(account, password);
        }
        db.Audit(SecurityEventKind.SignedIn, userName, school, "", address, "", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return new SignInOutcome(account, school);
    }

    private async Task<SignInOutcome> RefuseAsync(
        SecurityEventKind kind, string userName, School? school, string address, string detail, string error, string message, CancellationToken ct)
    {
        db.Audit(kind, userName, school, "", address, detail, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return new SignInOutcome(null, null, error, message);
    }
}
