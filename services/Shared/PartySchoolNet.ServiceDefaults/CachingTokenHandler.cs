using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartySchoolNet.ServiceDefaults;

/// <summary>
/// Checks a token's signature once, not on every call: a valid token's result is kept under the token's SHA-256 until the
/// token expires (never past <c>exp</c>, so no grace is added; the clock is the one the base handler checks lifetimes with),
/// and each request gets its own copy of the identity.
/// An integrator or a person sends the same token for up to 30 minutes, and the gateway and the service both check it.
/// </summary>
internal sealed class CachingTokenHandler : JsonWebTokenHandler, IDisposable
{
    private readonly MemoryCache _valid = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        if (_valid.TryGetValue(key, out TokenValidationResult? known) && known!.SecurityToken.ValidTo > DateTime.UtcNow)
        {
            return new TokenValidationResult
            {
                IsValid = true, SecurityToken = known.SecurityToken, ClaimsIdentity = known.ClaimsIdentity.Clone(),
                Issuer = known.Issuer, TokenType = known.TokenType, TokenContext = known.TokenContext,
            };
        }
        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken.ValidTo > DateTime.MinValue)
        {
            _valid.Set(key, result, new MemoryCacheEntryOptions { AbsoluteExpiration = result.SecurityToken.ValidTo, Size = 1 });
        }
        return result;
    }

    public void Dispose() => _valid.Dispose();
}
