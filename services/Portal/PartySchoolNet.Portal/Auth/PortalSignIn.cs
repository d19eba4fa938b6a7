using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceDefaults;
using PartySchoolNet.ServiceDefaults.Addresses;

namespace PartySchoolNet.Portal.Auth;

/// <summary>
/// People sign in on Identity's page (authorization code with PKCE) and the portal keeps their tokens (<see cref="PersonTokens"/>): every
/// call it makes for them carries their own access token, so each service applies their tenancy as it would to anyone.
/// The browser goes to Identity at the platform's public address; the portal reaches it over the internal network.
/// </summary>
internal static class PortalSignIn
{
    public const string ClientId = "portal";

    public static WebApplicationBuilder AddPortalSignIn(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var site = PublicAddress.From(config) ?? throw new InvalidOperationException($"Set {PublicAddress.Setting}: the portal signs people in there.");
        var identity = config["services:identity:http:0"] ?? throw new InvalidOperationException("Set services:identity:http:0 to the Identity service's URL.");

        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(o =>
            {
                o.Cookie.Name = "psn_portal";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                // A working day, as Identity's refresh token: people sign in once a day.
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = false;
                o.Events.OnValidatePrincipal = ForgottenSessionsSignInAgain;
            })
            .AddOpenIdConnect(o =>
            {
                o.Authority = site.AbsoluteUri;
                o.BackchannelHttpHandler = new InternalRoute(site, new Uri(identity.TrimEnd('/') + "/"));
                o.RequireHttpsMetadata = false;
                o.ClientId = ClientId;
                o.ClientSecret = config["Portal:ClientSecret"];
                o.ResponseType = "code";
                o.UsePkce = true;
                o.Scope.Clear();
                o.Scope.Add("openid");
                o.Scope.Add("offline_access");
                o.Events.OnTokenValidated = KeepTokens;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = false;
                o.TokenValidationParameters.NameClaimType = ClaimNames.Name;
                o.TokenValidationParameters.RoleClaimType = ClaimNames.Role;
                // The sign-in round trip stays on the platform's one origin, so Lax cookies come back; browsers refuse the
                // default (SameSite=None, Secure) on plain HTTP, as on this machine.
                o.CorrelationCookie.SameSite = o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Events.OnRemoteFailure = SignInFailure.ShowAsync;
            });
        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(TokenAuthentication.RequireToken);
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PersonTokens>();
        return builder;
    }

    /// <summary>The tokens stay on the server; the cookie carries the key to them.</summary>
    private static Task KeepTokens(TokenValidatedContext context)
    {
        var response = context.TokenEndpointResponse!;
        var key = context.HttpContext.RequestServices.GetRequiredService<PersonTokens>()
            .Start(response.AccessToken, response.RefreshToken, int.Parse(response.ExpiresIn, CultureInfo.InvariantCulture));
        ((ClaimsIdentity)context.Principal!.Identity!).AddClaim(new Claim(PersonTokens.SessionClaim, key));
        return Task.CompletedTask;
    }

    /// <summary>A cookie whose tokens the portal no longer holds (it restarted, the day is over) signs in again.</summary>
    private static async Task ForgottenSessionsSignInAgain(CookieValidatePrincipalContext context)
    {
        if (!context.HttpContext.RequestServices.GetRequiredService<PersonTokens>().Holds(context.Principal?.FindFirst(PersonTokens.SessionClaim)?.Value))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    /// <summary><c>/signout</c>: ends the portal's cookie and Identity's session, then Identity sends the browser back here.</summary>
    public static WebApplication MapPortalSignIn(this WebApplication app)
    {
        app.MapPost("/signout", async (HttpContext http, IAntiforgery antiforgery, PersonTokens tokens) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }
            tokens.End(http.User.FindFirst(PersonTokens.SessionClaim)?.Value);
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" },
                [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
        });
        return app;
    }
}
