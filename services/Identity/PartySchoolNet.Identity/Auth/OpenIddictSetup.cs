using Microsoft.AspNetCore.Authorization;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.ServiceDefaults;
using PartySchoolNet.ServiceDefaults.Addresses;

namespace PartySchoolNet.Identity.Auth;

internal static class OpenIddictSetup
{
    /// <summary>
    /// OpenIddict issues signed (not encrypted) JWT access tokens, so every service can validate them with the
    /// keys from this service's discovery document. Access tokens live 30 minutes; people also get a refresh token. Plain HTTP is allowed because the platform runs on loopback
    /// behind the gateway; terminate TLS in front of the gateway when it leaves one machine.
    /// </summary>
    public static IHostApplicationBuilder AddTokenServer(this IHostApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetEndSessionEndpointUris("connect/logout");
                if (PublicAddress.From(config) is { } issuer)
                {
                    o.SetIssuer(issuer);
                    o.AddEventHandler<OpenIddictServerEvents.ProcessRequestContext>(handler => handler
                        .UseInlineHandler(NameEndpointsUnderIssuer)
                        .SetOrder(OpenIddictServerHandlers.InferEndpointType.Descriptor.Order + 1)
                        .SetType(OpenIddictServerHandlerType.Custom));
                }
                o.AllowPasswordFlow().AllowRefreshTokenFlow().AllowClientCredentialsFlow().AcceptAnonymousClients();
                // The portal signs people in on Identity's own page: code flow, always with PKCE.
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.OfflineAccess);
                o.SetAccessTokenLifetime(config.GetValue("Identity:AccessTokenLifetime", TimeSpan.FromMinutes(30)));
                // A working day from signing in, however often it is refreshed: people sign in once a day.
                o.SetRefreshTokenLifetime(config.GetValue("Identity:RefreshTokenLifetime", TimeSpan.FromHours(12)));
                o.DisableSlidingRefreshTokenExpiration();
                // Rolling refresh tokens (OpenIddict's default): a redeemed one used again after this leeway revokes its whole chain.
                o.SetRefreshTokenReuseLeeway(config.GetValue("Identity:RefreshTokenReuseLeeway", TimeSpan.FromSeconds(10)));
                if (config["Identity:KeyDirectory"] is { Length: > 0 } keys)
                {
                    o.AddSigningKey(KeyStore.LoadOrCreate(keys, "signing"));
                    o.AddEncryptionKey(KeyStore.LoadOrCreate(keys, "encryption"));
                }
                else
                {
                    o.AddEphemeralSigningKey().AddEphemeralEncryptionKey();
                }
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore().EnableTokenEndpointPassthrough().EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough().DisableTransportSecurityRequirement();
                o.UseChineseTokenErrors();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.AddAudiences(ClaimNames.Audience);
                o.UseAspNetCore();
            });

        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme).AddSignInSession();
        builder.Services.AddAntiforgery();
        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(TokenAuthentication.RequireToken);
        return builder;
    }

    /// <summary>
    /// OpenIddict names its endpoints under the address it was asked at, which behind the gateway is an internal one. Once the
    /// request's endpoint is known (matched against the address asked at), every URL it names is under the public issuer.
    /// </summary>
    private static ValueTask NameEndpointsUnderIssuer(OpenIddictServerEvents.ProcessRequestContext context)
    {
        context.BaseUri = context.Options.Issuer ?? context.BaseUri;
        return ValueTask.CompletedTask;
    }
}
