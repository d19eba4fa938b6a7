using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceDefaults.Addresses;

namespace PartySchoolNet.ServiceDefaults;

public static class TokenAuthentication
{
    /// <summary>
    /// Validates the access tokens Identity issues (keys from its discovery document) and requires one on
    /// every endpoint not marked anonymous. Each service does this itself: the gateway is not the only line.
    /// The issuer is the platform's public address; the discovery document and keys come from Identity's internal one.
    /// </summary>
    public static IHostApplicationBuilder AddTokenAuthentication(this IHostApplicationBuilder builder)
    {
        var authority = builder.Configuration["Identity:Authority"] ?? builder.Configuration["services:identity:http:0"]
            ?? throw new InvalidOperationException("Set Identity:Authority or services:identity:http:0 to the Identity service's URL.");

        var publicAddress = PublicAddress.From(builder.Configuration);

        builder.Services.AddSingleton<CachingTokenHandler>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.Authority = authority;
            if (publicAddress is not null)
            {
                o.TokenValidationParameters.ValidIssuer = publicAddress.AbsoluteUri;
                o.BackchannelHttpHandler = new InternalRoute(publicAddress, new Uri(authority.TrimEnd('/') + "/"));
            }
            o.RequireHttpsMetadata = false;
            o.Audience = ClaimNames.Audience;
            o.MapInboundClaims = false;
            o.TokenValidationParameters.NameClaimType = ClaimNames.Name;
            o.TokenValidationParameters.RoleClaimType = ClaimNames.Role;
            // Access tokens live 30 minutes; the default five minutes of grace would stretch that by a sixth.
            o.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
        });
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<CachingTokenHandler>((o, handler) =>
            {
                o.TokenHandlers.Clear();
                o.TokenHandlers.Add(handler);
            });
        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(RequireToken);
        return builder;
    }

    public static readonly AuthorizationPolicy RequireToken = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
}
