using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace PartySchoolNet.Portal.Auth;

/// <summary>
/// Each signed-in person's tokens, kept on the server under a key their cookie carries (<see cref="SessionClaim"/>): an
/// interactive page's connection has no cookie to update, so pages and plain requests share this one copy. An access
/// token within five minutes of expiry (<c>Portal:RenewAhead</c>) is renewed once, under a lock, with the refresh token (Identity rolls refresh
/// tokens and treats a redeemed one used again as theft, so two renewals must never race). In memory: a restarted portal
/// forgets them, and the next page signs the person in again silently through Identity's session.
/// </summary>
internal sealed class PersonTokens(IOptionsMonitor<OpenIdConnectOptions> oidcOptions, IConfiguration configuration, TimeProvider clock, ILogger<PersonTokens> logger)
{
    public const string SessionClaim = "psn_portal_session";

    private readonly TimeSpan _ahead = configuration.GetValue("Portal:RenewAhead", TimeSpan.FromMinutes(5));

    private readonly ConcurrentDictionary<string, Entry> _sessions = new();

    private sealed class Entry(string accessToken, string refreshToken, DateTimeOffset expiresAt)
    {
        public SemaphoreSlim Renewal { get; } = new(1, 1);
        public string AccessToken { get; set; } = accessToken;
        public string RefreshToken { get; set; } = refreshToken;
        public DateTimeOffset ExpiresAt { get; set; } = expiresAt;
    }

    public string Start(string accessToken, string refreshToken, int expiresInSeconds)
    {
        var key = Guid.NewGuid().ToString("N");
        _sessions[key] = new Entry(accessToken, refreshToken, clock.GetUtcNow().AddSeconds(expiresInSeconds));
        return key;
    }

    public bool Holds(string? key) => key is not null && _sessions.ContainsKey(key);

    public void End(string? key)
    {
        if (key is not null)
        {
            _sessions.TryRemove(key, out _);
        }
    }

    /// <summary>The session's access token, renewed when it is about to expire; null when there is none or Identity refuses to renew it.</summary>
    public async Task<string?> AccessTokenAsync(string? key, CancellationToken ct)
    {
        if (key is null || !_sessions.TryGetValue(key, out var entry))
        {
            return null;
        }
        if (entry.ExpiresAt - _ahead > clock.GetUtcNow())
        {
            return entry.AccessToken;
        }
        await entry.Renewal.WaitAsync(ct);
        try
        {
            if (entry.ExpiresAt - _ahead > clock.GetUtcNow())
            {
                return entry.AccessToken;
            }
            if (!await RenewAsync(entry, ct))
            {
                End(key);
                return null;
            }
            return entry.AccessToken;
        }
        finally
        {
            entry.Renewal.Release();
        }
    }

    private async Task<bool> RenewAsync(Entry entry, CancellationToken ct)
    {
        var oidc = oidcOptions.Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await oidc.ConfigurationManager!.GetConfigurationAsync(ct);
        using var response = await oidc.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = entry.RefreshToken,
            ["client_id"] = oidc.ClientId!, ["client_secret"] = oidc.ClientSecret ?? "",
        }), ct);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogInformation("Identity refused to renew a session's access token ({Status}): the person signs in again", (int)response.StatusCode);
            return false;
        }
        using var tokens = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
        var root = tokens.RootElement;
        entry.AccessToken = root.GetProperty("access_token").GetString()!;
        entry.RefreshToken = root.GetProperty("refresh_token").GetString()!;
        entry.ExpiresAt = clock.GetUtcNow().AddSeconds(root.GetProperty("expires_in").GetInt32());
        return true;
    }
}
