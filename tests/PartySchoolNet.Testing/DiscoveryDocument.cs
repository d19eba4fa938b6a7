using System.Text.Json;

namespace PartySchoolNet.Testing;

public static class DiscoveryDocument
{
    /// <summary>Every value of an OpenID Connect discovery document that is an absolute http(s) URL.</summary>
    public static IReadOnlyList<string> UrlsIn(JsonElement document) =>
    [
        .. document.EnumerateObject().Select(p => p.Value).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
            .Where(s => Uri.TryCreate(s, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)),
    ];
}
