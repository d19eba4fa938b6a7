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
/// A person signs in with user name and password — by the password grant or on the sign-in page — past the address's
/// slowdown (which names that signed in from the address recently skip) and the account's lane lock; every outcome is audited.
/// </summary>
internal sealed class PasswordCheck(
    IdentityDbContext db, IPasswordHasher<Account> hasher, AccountGuard guard, AddressGuard slowdown, TimeProvider clock)
{
    private const string WrongPassword = "用户名或密码错误";

    public async Task<SignInOutcome> CheckAsync(string userName, string password, string address, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.UserName == userName, ct);
        var known = account is not null && await guard.KnownAsync(account.Id, address, ct);
        if (!known && await slowdown.TakeTurnAsync(address, ct) is { } slowed)
        {
            var seconds = (int)Math.Ceiling(slowed.RetryAfter.TotalSeconds);
            return await RefuseAsync(SecurityEventKind.SignInSlowed, userName, null, address, $"failed_names={slowed.FailedNames}", Errors.AccessDenied,
                $"该网络地址登录尝试过多，已限速，请{seconds}秒后再试；近期在此地址成功登录过的账户不受影响", ct);
        }
        if (account is null)
        {
            return await RefuseAsync(SecurityEventKind.SignInFailed, userName, null, address, "unknown_user", Errors.InvalidGrant, WrongPassword, ct);
        }
        var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == account.SchoolId, ct);
        if (account.Disabled)
        {
            return await RefuseAsync(SecurityEventKind.SignInRefused, userName, school, address, "account_disabled", Errors.InvalidGrant, "账户已停用，请联系管理员", ct);
        }
        if (await guard.TakeTryAsync(account.Id, address, known, ct) is not { } tryNumber)
        {
            var minutes = (int)Math.Ceiling((await guard.LockedForAsync(account.Id, address, known, ct)).TotalMinutes);
            return await RefuseAsync(SecurityEventKind.SignInRefused, userName, school, address, known ? "account_locked_here" : "account_locked",
                Errors.InvalidGrant, $"账户因多次密码错误已临时锁定，请{minutes}分钟后再试，或联系管理员解锁", ct);
        }
        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            if (guard.LocksAt(tryNumber))
            {
                db.Audit(SecurityEventKind.LockedOut, userName, school, "", address, known ? $"failures={tryNumber}; lane=address" : $"failures={tryNumber}", clock.GetUtcNow());
            }
            return await RefuseAsync(SecurityEventKind.SignInFailed, userName, school, address, $"try={tryNumber}", Errors.InvalidGrant, WrongPassword, ct);
        }

        await guard.SucceededAsync(account.Id, address, known, ct);
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
