using Microsoft.Extensions.Configuration;

namespace PartySchoolNet.ServiceDefaults.Addresses;

/// <summary>
/// The platform's one public base address (<c>Platform:PublicUrl</c>): the gateway as people and other machines reach it.
/// Identity's issuer, every URL its discovery document names, and the issuer every service accepts. The AppHost sets it to the
/// gateway's URL; a deployment sets its real host name. Unset (a service tested alone), Identity names the address it was asked at.
/// </summary>
public static class PublicAddress
{
    public const string Setting = "Platform:PublicUrl";

    public static Uri? From(IConfiguration configuration)
    {
        if (configuration[Setting] is not { Length: > 0 } value)
        {
            return null;
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new InvalidOperationException($"{Setting} must be an absolute http(s) URL without query or fragment, not '{value}'.");
        }
        // One spelling, as issuers are compared character by character: a base always ends in '/'.
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
