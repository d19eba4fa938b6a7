using System.Net;

namespace PartySchoolNet.Identity.Security;

internal static class ClientAddress
{
    /// <summary>
    /// The address of the person or program: the gateway's <c>X-Forwarded-For</c> when the call came through it on this
    /// machine, otherwise the peer itself. A header from anywhere else is not believed.
    /// </summary>
    public static string Of(HttpContext http)
    {
        var peer = http.Connection.RemoteIpAddress;
        var forwarded = http.Request.Headers["X-Forwarded-For"].ToString();
        if ((peer is null || IPAddress.IsLoopback(peer)) && forwarded.Length > 0)
        {
            return forwarded.Split(',')[^1].Trim();
        }
        return peer?.ToString() ?? "unknown";
    }
}
