using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PartySchoolNet.Identity.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartySchoolNet.Identity.Auth;

/// <summary>
/// <c>/connect/authorize</c> and <c>/connect/logout</c> of the code flow. OpenIddict has already checked the client, its
/// redirect URI and the PKCE challenge; here the person is found from Identity's session or sent to the sign-in page.
/// </summary>
internal static class AuthorizationEndpoint
{
    public static async Task<IResult> AuthorizeAsync(HttpContext http, IdentityDbContext db)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (await SignInSession.AccountAsync(http, db) is not { } account)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return TokenResults.Reject(Errors.LoginRequired, "请先登录");
            }
            var query = http.Request.HasFormContentType ? QueryString.Create(http.Request.Form) : http.Request.QueryString;
            return Results.Redirect(SignInPage.Address(http.Request.Path + query));
        }
        var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == account.SchoolId, http.RequestAborted);
        return TokenResults.Issue(account.Id.ToString(), account.DisplayName, school, account.Roles, account.SecurityStamp, request.GetScopes());
    }

    /// <summary>Ends Identity's session, then OpenIddict sends the browser back to the client's registered address.</summary>
    public static async Task<IResult> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(SignInSession.Scheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
