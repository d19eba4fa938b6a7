using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Identity.Tests;

/// <summary>
/// Without a configured public address, Identity names the address the caller used: as the gateway forwards it, when the
/// request came from the gateway; never as a header from anyone else claims it.
/// </summary>
public sealed class ForwardedHeadersTests(IdentityHost identity) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task Through_the_gateway_the_forwarded_host_and_scheme_name_the_issuer()
    {
        var issuer = await IssuerAskedFrom(IPAddress.Loopback);

        issuer.ShouldBe("https://psn.example.test/");
    }

    [Fact]
    public async Task Forwarded_headers_from_outside_the_gateway_are_ignored()
    {
        var issuer = await IssuerAskedFrom(IPAddress.Parse("203.0.113.7"));

        issuer.ShouldBe("http://identity.internal:5000/");
    }

    private async Task<string?> IssuerAskedFrom(IPAddress peer)
    {
        var context = await identity.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = peer;
            http.Request.Method = HttpMethods.Get;
            http.Request.Host = new HostString("identity.internal:5000");
            http.Request.Path = "/.well-known/openid-configuration";
            http.Request.Headers["X-Forwarded-Host"] = "psn.example.test";
            http.Request.Headers["X-Forwarded-Proto"] = "https";
            http.Request.Headers["X-Forwarded-For"] = "198.51.100.20";
        });
        context.Response.StatusCode.ShouldBe(StatusCodes.Status200OK);
        using var document = await JsonDocument.ParseAsync(context.Response.Body);
        return document.RootElement.GetProperty("issuer").GetString();
    }
}
