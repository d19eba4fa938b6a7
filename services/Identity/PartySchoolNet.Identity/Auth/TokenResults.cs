using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PartySchoolNet.Identity.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartySchoolNet.Identity.Auth;

/// <summary>What the token endpoint answers: a signed token for a school's person or client, or an OAuth error in Chinese.</summary>
internal static class TokenResults
{
    /// <summary>Kept in the refresh token only: a refresh whose stamp is no longer the account's is refused.</summary>
    public const string SecurityStampClaim = "psn_stamp";

    /// <summary>
    /// People get a refresh token too (<c>offline_access</c>), carrying the account's security stamp; integrators
    /// ask for a new token with their secret instead. With the <c>openid</c> scope (the portal's code flow) an identity
    /// token names the person too.
    /// </summary>
    public static IResult Issue(string subject, string name, School school, IEnumerable<string> roles, Guid? securityStamp = null,
        IEnumerable<string>? scopes = null)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, ClaimNames.Name, ClaimNames.Role);
        identity.SetClaim(ClaimNames.Subject, subject)
            .SetClaim(ClaimNames.Name, name)
            .SetClaim(ClaimNames.SchoolId, school.Id.ToString())
            .SetClaim(ClaimNames.SchoolTier, school.Tier.ToString())
            .SetClaim(ClaimNames.ScopePath, school.Path)
            .SetClaims(ClaimNames.Role, [.. roles]);
        if (securityStamp is { } stamp)
        {
            identity.SetClaim(SecurityStampClaim, stamp.ToString());
            identity.SetScopes([Scopes.OfflineAccess, .. (scopes ?? []).Where(s => s == Scopes.OpenId)]);
        }
        identity.SetResources(ClaimNames.Audience);
        identity.SetDestinations(claim => claim.Type switch
        {
            SecurityStampClaim => [],
            // The portal shows each person the menu of their school's tier and their roles; the services decide from the access token.
            ClaimNames.Name or ClaimNames.Role or ClaimNames.SchoolId or ClaimNames.SchoolTier => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public static IResult Reject(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
