using System.Net.Http.Json;
using System.Text.Json;
using Duende.IdentityModel.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceDefaults.Addresses;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Identity.Tests;

/// <summary>Identity run as a deployment runs it: behind a public host name that does not resolve here.</summary>
public sealed class PublicIdentityHost : IdentityHost
{
    public static readonly Uri PublicUrl = new("http://psn.example.test:8080/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(PublicAddress.Setting, PublicUrl.AbsoluteUri);
    }
}

public sealed class PublicAddressTests(PublicIdentityHost identity) : IClassFixture<PublicIdentityHost>
{
    private static readonly Uri PublicUrl = PublicIdentityHost.PublicUrl;

    [Fact]
    public async Task A_standard_OIDC_client_discovers_the_public_address_with_issuer_and_endpoint_validation_on()
    {
        var discovery = await Discover(identity.CreateClient());

        discovery.IsError.ShouldBeFalse(discovery.Error);
        discovery.Issuer.ShouldBe(PublicUrl.AbsoluteUri);
        discovery.TokenEndpoint.ShouldBe(PublicUrl + "connect/token");
        discovery.JwksUri.ShouldStartWith(PublicUrl.AbsoluteUri);
    }

    [Fact]
    public async Task Asked_at_an_internal_address_the_discovery_document_still_names_only_the_public_one()
    {
        var document = await identity.CreateClient().GetFromJsonAsync<JsonElement>("http://10.0.0.5:5000/.well-known/openid-configuration");

        document.GetProperty("issuer").GetString().ShouldBe(PublicUrl.AbsoluteUri);
        DiscoveryDocument.UrlsIn(document).ShouldNotBeEmpty();
        DiscoveryDocument.UrlsIn(document).ShouldAllBe(url => url.StartsWith(PublicUrl.AbsoluteUri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_got_by_the_password_grant_names_the_public_issuer_and_is_accepted()
    {
        var http = identity.CreateClient();
        var discovery = await Discover(http);

        var token = await http.RequestPasswordTokenAsync(new PasswordTokenRequest
        {
            Address = discovery.TokenEndpoint, UserName = "fn.admin", Password = Tokens.DemoPassword,
        });

        token.IsError.ShouldBeFalse(token.Error);
        new JsonWebToken(token.AccessToken).Issuer.ShouldBe(PublicUrl.AbsoluteUri);
        (await identity.Client(token.AccessToken).WhoAmIAsync(new WhoAmIRequest())).ScopePath.ShouldBe("fy.fn");
    }

    private static Task<DiscoveryDocumentResponse> Discover(HttpClient http) =>
        http.GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest
        {
            Address = PublicUrl.AbsoluteUri,
            Policy = new DiscoveryPolicy { RequireHttps = false, ValidateIssuerName = true, ValidateEndpoints = true },
        });
}
