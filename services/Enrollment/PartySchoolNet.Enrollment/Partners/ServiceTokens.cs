using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Outreach;

namespace PartySchoolNet.Enrollment.Partners;

/// <summary>
/// Access tokens with which this service acts for one school (the county that approved) in the partners: FacultyPool and
/// SiteResources apply that school's tenancy. Identity issues them for client credentials plus <c>acting_school_id</c>;
/// each is reused until a minute before it expires.
/// </summary>
internal sealed class ServiceTokens(IHttpClientFactory http, IOptions<OutreachOptions> options, TimeProvider clock)
{
    public const string Identity = "identity";

    private readonly ConcurrentDictionary<(Guid School, string Name), (string Token, DateTimeOffset Until)> _tokens = new();

    public async Task<string> ForAsync(Guid schoolId, string actingName, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_tokens.TryGetValue((schoolId, actingName), out var held) && held.Until > now)
        {
            return held.Token;
        }
        var o = options.Value;
        using var response = await http.CreateClient(Identity).PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = o.ServiceClientId, ["client_secret"] = o.ServiceClientSecret,
            ["acting_school_id"] = schoolId.ToString(), ["acting_name"] = actingName,
        }), ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Identity refused the service token: {body}");
        }
        var token = body.GetProperty("access_token").GetString()!;
        _tokens[(schoolId, actingName)] = (token, now.AddSeconds(body.GetProperty("expires_in").GetInt32() - 60));
        return token;
    }
}
