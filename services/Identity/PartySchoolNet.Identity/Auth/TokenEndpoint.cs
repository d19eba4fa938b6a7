using Microsoft.AspNetCore;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.Identity.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartySchoolNet.Identity.Auth;

/// <summary>
/// <c>POST /connect/token</c>: people sign in with the password grant (user name and password, no client needed) or, in the
/// portal, redeem the code of the sign-in page, and stay signed in with the refresh token grant; integrators and the platform's services use client credentials. OpenIddict has already checked the
/// request, any client secret and any refresh token's signature, expiry and redemption.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> ExchangeAsync(HttpContext http, IServiceProvider services, IdentityDbContext db)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var ct = http.RequestAborted;
        var address = ClientAddress.Of(http);
        if (request.IsPasswordGrantType())
        {
            return (await services.GetRequiredService<PasswordCheck>().CheckAsync(request.Username ?? "", request.Password ?? "", address, ct)).Tokens();
        }
        if (request.IsRefreshTokenGrantType() || request.IsAuthorizationCodeGrantType())
        {
            return await services.GetRequiredService<RefreshGrant>().RefreshAsync(http, address, ct);
        }
        if (request.IsClientCredentialsGrantType())
        {
            if (ServiceClients.Configured(services.GetRequiredService<IConfiguration>()).ContainsKey(request.ClientId!))
            {
                return await ServiceClients.IssueAsync(request, db, ct);
            }
            var client = await db.IntegratorClients.SingleOrDefaultAsync(c => c.ClientId == request.ClientId, ct);
            if (client is null)
            {
                return TokenResults.Reject(Errors.InvalidClient, "接入系统未绑定学校");
            }
            var school = await db.Schools.SingleAsync(s => s.Id == client.SchoolId, ct);
            return TokenResults.Issue(client.ClientId, client.DisplayName, school, [Roles.Integrator]);
        }
        return TokenResults.Reject(Errors.UnsupportedGrantType, "仅支持 password、authorization_code、refresh_token 与 client_credentials 四种授权方式");
    }
}
