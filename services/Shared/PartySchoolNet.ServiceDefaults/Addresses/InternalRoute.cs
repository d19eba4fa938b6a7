namespace PartySchoolNet.ServiceDefaults.Addresses;

/// <summary>
/// Sends a request for a URL under the public address to the same path under an internal one: Identity's discovery document
/// names its signing keys under the public address, and a service fetches them over the internal network, so nothing inside
/// depends on the public name resolving (or on the way out and back in through the gateway).
/// </summary>
public sealed class InternalRoute(Uri publicBase, Uri internalBase) : DelegatingHandler(new HttpClientHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && publicBase.IsBaseOf(uri))
        {
            request.RequestUri = new Uri(internalBase, publicBase.MakeRelativeUri(uri));
        }
        return base.SendAsync(request, cancellationToken);
    }
}
