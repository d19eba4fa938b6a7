using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using PartySchoolNet.Identity.Contracts;

namespace PartySchoolNet.Gateway;

/// <summary>
/// A fixed window per client: the token's subject (a person or an integrator), or the remote address before
/// sign-in. Over the limit → 429 with Retry-After. Limits: <c>Gateway:RateLimit:PermitLimit</c> per <c>Window</c>.
/// </summary>
internal static class ClientRateLimiting
{
    public const string PolicyName = "per-client";

    public static WebApplicationBuilder AddClientRateLimiting(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Gateway:RateLimit");
        var permitLimit = section.GetValue("PermitLimit", 200);
        var window = section.GetValue("Window", TimeSpan.FromSeconds(1));

        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst(ClaimNames.Subject)?.Value ?? "ip:" + context.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 }));
            o.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
                context.HttpContext.Response.Headers.RetryAfter =
                    Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return builder;
    }
}
