namespace PartySchoolNet.Identity.Security;

internal static class ClientAddress
{
    /// <summary>
    /// The address of the person or program: what the gateway saw when the call came through it (see
    /// <see cref="PartySchoolNet.ServiceDefaults.Addresses.GatewayForwarding"/>), otherwise the peer itself.
    /// </summary>
    public static string Of(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
