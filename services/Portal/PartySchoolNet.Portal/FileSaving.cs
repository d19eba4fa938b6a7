using Microsoft.JSInterop;

namespace PartySchoolNet.Portal;

/// <summary>
/// Hands a file the portal fetched with the person's token (evidence, an XLSX export) to their browser to save: the bytes
/// stream over the page's own connection, so no download address needs its own sign-in.
/// </summary>
internal sealed class FileSaving(IJSRuntime js)
{
    public async Task SaveAsync(string fileName, string contentType, byte[] content)
    {
        using var stream = new DotNetStreamReference(new MemoryStream(content));
        await js.InvokeVoidAsync("portalSaveFile", fileName, contentType, stream);
    }
}
