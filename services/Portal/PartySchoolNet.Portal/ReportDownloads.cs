using System.Net;
using System.Text.Json;
using Grpc.Core;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.WebUtilities;
using PartySchoolNet.Portal.Auth;

namespace PartySchoolNet.Portal;

/// <summary>
/// Reporting's XLSX exports (<c>/api/v1/reporting/exports/{report}.xlsx</c>), fetched through the gateway as the person
/// (their own token, so their scope), for <see cref="FileSaving"/> to hand to the browser.
/// </summary>
internal sealed class ReportDownloads(IHttpClientFactory clients, AuthenticationStateProvider authentication, PersonTokens tokens)
{
    public const string ClientName = "gateway-exports";

    /// <summary>The workbook; a refusal comes back as the service's <see cref="RpcException"/> so pages read it like any other.</summary>
    public async Task<byte[]> XlsxAsync(string report, IDictionary<string, string?> query, CancellationToken ct = default)
    {
        var person = (await authentication.GetAuthenticationStateAsync()).User;
        var token = await tokens.AccessTokenAsync(person.FindFirst(PersonTokens.SessionClaim)?.Value, ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, QueryHelpers.AddQueryString($"/api/v1/reporting/exports/{report}.xlsx", query.Where(q => !string.IsNullOrEmpty(q.Value))))
        {
            // The gateway port the portal knows speaks HTTP/2 only (without TLS, as the gRPC calls do).
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Headers.Authorization = new("Bearer", token);
        using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
        if (response.IsSuccessStatusCode)
        {
            return await response.Content.ReadAsByteArrayAsync(ct);
        }
        throw new RpcException(new Status(StatusOf(response.StatusCode), await DetailAsync(response, ct)));
    }

    private static StatusCode StatusOf(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => StatusCode.InvalidArgument,
        HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
        HttpStatusCode.NotFound => StatusCode.NotFound,
        HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => StatusCode.Unavailable,
        _ => StatusCode.Internal,
    };

    /// <summary>The problem details' own message, when the body is one.</summary>
    private static async Task<string> DetailAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            return problem.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? ""
                : problem.RootElement.TryGetProperty("title", out var title) ? title.GetString() ?? "" : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
