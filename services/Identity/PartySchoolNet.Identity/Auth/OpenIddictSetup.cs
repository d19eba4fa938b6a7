using Microsoft.AspNetCore.Authorization;
using OpenIddict.Validation.AspNetCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.ServiceDefaults;

namespace PartySchoolNet.Identity.Auth;

internal static class OpenIddictSetup
{
    /// <summary>
    /// OpenIddict issues signed (not encrypted) JWT access tokens, so every service can validate them with the
    /// keys from this service's discovery document. Plain HTTP is allowed because the platform runs on loopback
    /// behind the gateway; terminate TLS in front of the gateway when it leaves one machine.
    /// </summary>
    public static IHostApplicationBuilder AddTokenServer(this IHostApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris("connect/token");
                if (config["Identity:Issuer"] is { Length: > 0 } issuer)
                {
                    o.SetIssuer(new Uri(issuer));
                }
                o.AllowPasswordFlow().AllowClientCredentialsFlow().AcceptAnonymousClients();
                o.SetAccessTokenLifetime(TimeSpan.FromHours(8));
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
                o.UseAspNetCore().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.AddAudiences(ClaimNames.Audience);
                o.UseAspNetCore();
            });

        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(TokenAuthentication.RequireToken);
        return builder;
    }
}
