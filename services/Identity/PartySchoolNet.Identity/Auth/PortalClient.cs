using OpenIddict.Abstractions;
using PartySchoolNet.ServiceDefaults.Addresses;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartySchoolNet.Identity.Auth;

/// <summary>
/// The portal, a confidential client of the code flow with PKCE (<c>Identity:PortalClientSecret</c>): it returns to
/// <c>/signin-oidc</c> and <c>/signout-callback-oidc</c> under the platform's public address, the only addresses it may
/// name. Registered at every start from the configuration, the one authority, like the services' clients.
/// </summary>
internal static class PortalClient
{
    public const string ClientId = "portal";

    public static async Task EnsurePortalClientAsync(this WebApplication app)
    {
        if (app.Configuration["Identity:PortalClientSecret"] is not { Length: > 0 } secret || PublicAddress.From(app.Configuration) is not { } site)
        {
            return;
        }
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId, ClientSecret = secret, ClientType = ClientTypes.Confidential, DisplayName = "党校教育培训协同平台门户",
            RedirectUris = { new Uri(site, "signin-oidc") },
            PostLogoutRedirectUris = { new Uri(site, "signout-callback-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().SaveAsync(descriptor);
    }
}
