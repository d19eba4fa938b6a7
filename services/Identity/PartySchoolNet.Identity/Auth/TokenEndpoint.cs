using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PartySchoolNet.Identity.Accounts;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.Identity.Schools;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartySchoolNet.Identity.Auth;

/// <summary>
/// <c>POST /connect/token</c>: people sign in with the password grant (user name and password, no client needed),
/// integrators with client credentials. OpenIddict has already checked the request and any client secret.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> ExchangeAsync(HttpContext http, IdentityDbContext db, IPasswordHasher<Account> hasher)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var ct = http.RequestAborted;
        if (request.IsPasswordGrantType())
        {
            var account = await db.Accounts.SingleOrDefaultAsync(a => a.UserName == request.Username, ct);
            var verdict = account is null ? PasswordVerificationResult.Failed
                : hasher.VerifyHashedPassword(account, account.PasswordHash, request.Password ?? "");
            if (account is null || verdict == PasswordVerificationResult.Failed)
            {
                return Reject(Errors.InvalidGrant, "用户名或密码错误");
            }
            if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            {
                account.PasswordHash = hasher.HashPassword(account, request.Password!);
                await db.SaveChangesAsync(ct);
            }
            var school = await db.Schools.SingleAsync(s => s.Id == account.SchoolId, ct);
            return Issue(account.Id.ToString(), account.DisplayName, school, account.Roles);
        }
        if (request.IsClientCredentialsGrantType())
        {
            var client = await db.IntegratorClients.SingleOrDefaultAsync(c => c.ClientId == request.ClientId, ct);
            if (client is null)
            {
                return Reject(Errors.InvalidClient, "接入系统未绑定学校");
            }
            var school = await db.Schools.SingleAsync(s => s.Id == client.SchoolId, ct);
            return Issue(client.ClientId, client.DisplayName, school, [Roles.Integrator]);
        }
        return Reject(Errors.UnsupportedGrantType, "仅支持 password 与 client_credentials 两种授权方式");
    }

    private static IResult Issue(string subject, string name, School school, IEnumerable<string> roles)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, ClaimNames.Name, ClaimNames.Role);
        identity.SetClaim(ClaimNames.Subject, subject)
            .SetClaim(ClaimNames.Name, name)
            .SetClaim(ClaimNames.SchoolId, school.Id.ToString())
            .SetClaim(ClaimNames.SchoolTier, school.Tier.ToString())
            .SetClaim(ClaimNames.ScopePath, school.Path)
            .SetClaims(ClaimNames.Role, [.. roles]);
        identity.SetResources(ClaimNames.Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Reject(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
