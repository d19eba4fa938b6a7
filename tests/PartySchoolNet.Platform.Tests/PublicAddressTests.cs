using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Duende.IdentityModel.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Platform.Tests;

/// <summary>
/// Standard OpenID Connect clients, as an integrator on another machine runs them, against the platform's one public address
/// (here a host name only the client's name server knows): discovery, tokens and calls all hold with validation on.
/// </summary>
[Collection(PlatformTests.Name)]
public sealed class PublicAddressTests(PlatformFixture platform)
{
    private string Issuer => platform.PublicUrl.AbsoluteUri;

    [Fact]
    public async Task An_OIDC_client_discovers_by_the_public_name_and_calls_gRPC_with_a_client_credentials_token()
    {
        using var http = PlatformFixture.PublicName();
        var discovery = await DiscoverAsync(http);

        var token = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = discovery.TokenEndpoint, ClientId = "demo-integrator", ClientSecret = "demo-integrator-secret",
        });

        token.IsError.ShouldBeFalse(token.Error);
        var me = await new IdentityService.IdentityServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, token.AccessToken))
            .WhoAmIAsync(new WhoAmIRequest());
        me.Roles.ShouldBe([Roles.Integrator]);
    }

    [Fact]
    public async Task A_person_signed_in_by_the_password_grant_calls_a_domain_service_and_refreshes_the_token()
    {
        using var http = PlatformFixture.PublicName();
        var discovery = await DiscoverAsync(http);

        var signIn = await http.RequestPasswordTokenAsync(new PasswordTokenRequest
        {
            Address = discovery.TokenEndpoint, UserName = "fn.dispatcher", Password = Tokens.DemoPassword, Scope = "offline_access",
        });
        signIn.IsError.ShouldBeFalse(signIn.Error);
        await VocabularyWith(signIn.AccessToken!);
        var refreshed = await http.RequestRefreshTokenAsync(new RefreshTokenRequest { Address = discovery.TokenEndpoint, RefreshToken = signIn.RefreshToken! });

        refreshed.IsError.ShouldBeFalse(refreshed.Error);
        new JsonWebToken(refreshed.AccessToken).Issuer.ShouldBe(Issuer);
        (await VocabularyWith(refreshed.AccessToken!)).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_configuration_manager_services_use_finds_the_public_issuer_whose_keys_validate_a_token()
    {
        using var http = PlatformFixture.PublicName();
        var manager = new ConfigurationManager<OpenIdConnectConfiguration>($"{Issuer}.well-known/openid-configuration",
            new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(http) { RequireHttps = false });

        var configuration = await manager.GetConfigurationAsync(TestContext.Current.CancellationToken);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(await platform.TokenAsync("wjb.admin"), new TokenValidationParameters
        {
            ValidIssuer = Issuer, ValidAudience = ClaimNames.Audience, IssuerSigningKeys = configuration.SigningKeys,
        });

        configuration.Issuer.ShouldBe(Issuer);
        configuration.JwksUri.ShouldStartWith(Issuer);
        result.IsValid.ShouldBeTrue(result.Exception?.Message);
    }

    [Fact]
    public async Task Asked_at_the_gateways_loopback_address_the_discovery_document_names_only_the_public_one()
    {
        var document = await platform.Http().GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        document.GetProperty("issuer").GetString().ShouldBe(Issuer);
        var urls = DiscoveryDocument.UrlsIn(document);
        urls.ShouldNotBeEmpty();
        urls.ShouldAllBe(url => url.StartsWith(Issuer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_service_accepts_only_the_public_issuer_even_on_a_token_signed_with_Identitys_own_key()
    {
        var fy = (await (await platform.IdentityThroughGatewayAsync("fy.admin")).WhoAmIAsync(new WhoAmIRequest())).SchoolId;
        var keys = Path.Combine(platform.DataDirectory, "identity-keys");
        string Signed(string issuer) => new TokenForge(keys, issuer).Sign(Guid.Parse(fy), "fy", "City", Roles.NetworkAdmin);

        var asPublic = await DirectlyToSiteResources(Signed(Issuer));
        var asInternal = await DirectlyToSiteResources(Signed(platform.Endpoint("identity", "http").AbsoluteUri));

        asPublic.ShouldBe(HttpStatusCode.OK);
        asInternal.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpStatusCode> DirectlyToSiteResources(string token)
    {
        using var http = new HttpClient { BaseAddress = platform.Endpoint("site-resources", "http") };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return (await http.GetAsync("/api/v1/site-resources/vocabulary")).StatusCode;
    }

    private Task<Vocabulary> VocabularyWith(string token) =>
        new SiteResourcesService.SiteResourcesServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, token))
            .GetVocabularyAsync(new GetVocabularyRequest()).ResponseAsync;

    private async Task<DiscoveryDocumentResponse> DiscoverAsync(HttpClient http)
    {
        var discovery = await http.GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest
        {
            Address = Issuer,
            Policy = new DiscoveryPolicy { RequireHttps = false, ValidateIssuerName = true, ValidateEndpoints = true },
        });
        discovery.IsError.ShouldBeFalse(discovery.Error);
        discovery.Issuer.ShouldBe(Issuer);
        return discovery;
    }
}
