using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace PartySchoolNet.Testing;

/// <summary>Gets access tokens from <c>/connect/token</c> exactly as a script would.</summary>
public static class Tokens
{
    public const string DemoPassword = "Demo@2026";

    public static Task<HttpResponseMessage> RequestPasswordAsync(HttpClient http, string userName, string password) =>
        http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = userName, ["password"] = password,
        }));

    public static async Task<string> PasswordAsync(HttpClient http, string userName, string password = DemoPassword) =>
        (await ReadAsync(await RequestPasswordAsync(http, userName, password))).AccessToken;

    /// <summary>Signs in and keeps both tokens, as a portal that stays signed in does.</summary>
    public static async Task<TokenPair> SignInAsync(HttpClient http, string userName, string password = DemoPassword) =>
        await ReadAsync(await RequestPasswordAsync(http, userName, password));

    public static Task<HttpResponseMessage> RequestRefreshAsync(HttpClient http, string refreshToken) =>
        http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken,
        }));

    public static async Task<TokenPair> RefreshAsync(HttpClient http, string refreshToken) =>
        await ReadAsync(await RequestRefreshAsync(http, refreshToken));

    public static async Task<string> ClientCredentialsAsync(HttpClient http, string clientId, string secret) =>
        (await ReadAsync(await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        })))).AccessToken;

    private static async Task<TokenPair> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Token request failed ({(int)response.StatusCode}): {body}");
        }
        return System.Text.Json.JsonSerializer.Deserialize<TokenPair>(body)!;
    }
}

public sealed record TokenPair(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
