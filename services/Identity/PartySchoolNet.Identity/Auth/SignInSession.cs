using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;

namespace PartySchoolNet.Identity.Auth;

/// <summary>
/// Identity's own session, a cookie under <c>/connect</c> set by the sign-in page: while it holds, the portal's code flow
/// signs the person in without asking again. A working day long, like a refresh token; void once the account is disabled
/// or its password changed (the security stamp).
/// </summary>
internal static class SignInSession
{
    public const string Scheme = "psn-session";

    public static AuthenticationBuilder AddSignInSession(this AuthenticationBuilder authentication) =>
        authentication.AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "psn_session";
            o.Cookie.Path = "/connect";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = false;
        });

    public static Task StartAsync(HttpContext http, Account account) =>
        http.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimNames.Subject, account.Id.ToString()),
            new Claim(TokenResults.SecurityStampClaim, account.SecurityStamp.ToString()),
        ], Scheme)));

    /// <summary>The account of the session, while it is still enabled and its password unchanged; otherwise null.</summary>
    public static async Task<Account?> AccountAsync(HttpContext http, IdentityDbContext db)
    {
        var session = await http.AuthenticateAsync(Scheme);
        if (!session.Succeeded || !Guid.TryParse(session.Principal.GetClaim(ClaimNames.Subject), out var id))
        {
            return null;
        }
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, http.RequestAborted);
        return account is { Disabled: false } && session.Principal.GetClaim(TokenResults.SecurityStampClaim) == account.SecurityStamp.ToString()
            ? account : null;
    }
}
