using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartySchoolNet.Identity.Contracts;

namespace PartySchoolNet.Testing;

/// <summary>
/// Signs access tokens the way Identity does — its key, issuer, audience and claims — except where a test says
/// otherwise, so each refusal test changes exactly one thing about an otherwise genuine token.
/// </summary>
public sealed record TokenForge(string KeyDirectory, string Issuer)
{
    public string Audience { get; init; } = ClaimNames.Audience;
    public DateTime Expires { get; init; } = DateTime.UtcNow.AddMinutes(10);
    public bool OtherKey { get; init; }

    public string Sign(Guid schoolId, string scopePath, string tier, params string[] roles)
    {
        var key = OtherKey ? ForeignKey() : LoadKey();
        var claims = new Dictionary<string, object>
        {
            [ClaimNames.Subject] = Guid.NewGuid().ToString(), [ClaimNames.Name] = "测试令牌", [ClaimNames.SchoolId] = schoolId.ToString(),
            [ClaimNames.SchoolTier] = tier, [ClaimNames.ScopePath] = scopePath, [ClaimNames.Role] = roles,
        };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer, Audience = Audience, Claims = claims, IssuedAt = Expires.AddMinutes(-30), NotBefore = Expires.AddMinutes(-30), Expires = Expires,
            TokenType = "at+jwt", SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>Identity's signing key, with the key id it publishes (KeyStore's naming).</summary>
    private RsaSecurityKey LoadKey()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(Path.Combine(KeyDirectory, "signing.pem")));
        return new RsaSecurityKey(rsa) { KeyId = "signing-" + Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16] };
    }

    /// <summary>A different key that claims the genuine key's id: only the signature can tell them apart.</summary>
    private RsaSecurityKey ForeignKey() => new(RSA.Create(2048)) { KeyId = LoadKey().KeyId };
}
