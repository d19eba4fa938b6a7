using Grpc.Core;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.SiteResources.Tests;

/// <summary>
/// A domain service checks every token itself. Each forged token differs from a genuine one in one respect; the
/// genuine one made the same way is accepted, so each refusal is for that respect alone.
/// </summary>
public sealed class TokenValidationTests(SiteResourcesHost host) : IClassFixture<SiteResourcesHost>
{
    public static TheoryData<string> Forgeries => ["expired", "wrong_audience", "wrong_issuer", "other_key"];

    [Fact]
    public async Task A_token_signed_like_Identity_signs_them_is_accepted()
    {
        var reply = await CallWith(Forge());

        reply.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_token_that_differs_from_a_genuine_one_in_one_respect_is_refused(string respect)
    {
        var forge = respect switch
        {
            "expired" => Forge() with { Expires = DateTime.UtcNow.AddMinutes(-2) },
            "wrong_audience" => Forge() with { Audience = "another-system" },
            "wrong_issuer" => Forge() with { Issuer = "http://evil.example/" },
            _ => Forge() with { OtherKey = true },
        };

        await CallWith(forge).ShouldFailWith(StatusCode.Unauthenticated);
    }

    private TokenForge Forge() => new(host.Identity.KeyDirectory, "http://localhost/");

    private async Task<Vocabulary> CallWith(TokenForge forge)
    {
        var token = forge.Sign(await host.SchoolIdAsync("fy"), "fy", "City", "NetworkAdmin");
        return await new SiteResourcesService.SiteResourcesServiceClient(host.Channel(token)).GetVocabularyAsync(new GetVocabularyRequest());
    }
}
