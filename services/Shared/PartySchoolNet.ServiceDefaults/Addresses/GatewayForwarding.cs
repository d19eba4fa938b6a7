using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PartySchoolNet.ServiceDefaults.Addresses;

/// <summary>
/// The gateway sends <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c>: behind it the request looks as the caller made it
/// (their address, the public host and scheme). Believed only from the gateway: from loopback on one machine, or from the
/// networks in <c>Platform:TrustedProxies</c> (CIDR, e.g. a cluster's pod network) in a deployment. From anyone else the
/// headers are ignored.
/// </summary>
public static class GatewayForwarding
{
    public static IHostApplicationBuilder AddGatewayForwarding(this IHostApplicationBuilder builder)
    {
        var trusted = builder.Configuration.GetSection("Platform:TrustedProxies").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var network in trusted)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    public static WebApplication UseGatewayForwarding(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }
}
