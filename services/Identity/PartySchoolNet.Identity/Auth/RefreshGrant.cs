using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.Identity.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartySchoolNet.Identity.Auth;

/// <summary>
/// A refresh token — or the portal's authorization code — becomes a new access token (and, rolling, a new refresh token) only while the account is enabled and
/// its password unchanged: the token's security stamp must still be the account's. Claims are read afresh, so a changed
/// school or role shows at the next refresh. OpenIddict itself refuses a refresh token used twice and revokes its chain.
/// </summary>
internal sealed class RefreshGrant(IdentityDbContext db, TimeProvider clock)
{
    public async Task<IResult> RefreshAsync(HttpContext http, string address, CancellationToken ct)
    {
        var principal = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var subject = principal?.GetClaim(ClaimNames.Subject);
        var account = Guid.TryParse(subject, out var id) ? await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) : null;
        if (account is null || account.Disabled || principal!.GetClaim(TokenResults.SecurityStampClaim) != account.SecurityStamp.ToString())
        {
            var school = account is null ? null : await db.Schools.FindAsync([account.SchoolId], ct);
            db.Audit(SecurityEventKind.RefreshRefused, account?.UserName ?? subject ?? "", school, "", address,
                account is null ? "unknown_account" : account.Disabled ? "account_disabled" : "stamp_changed", clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return TokenResults.Reject(Errors.InvalidGrant, "登录已失效，请重新登录");
        }
        var current = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == account.SchoolId, ct);
        return TokenResults.Issue(account.Id.ToString(), account.DisplayName, current, account.Roles, account.SecurityStamp, principal!.GetScopes());
    }
}
