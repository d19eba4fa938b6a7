using System.Text;

namespace PartySchoolNet.Portal;

/// <summary>
/// A roster file as the organisation department hands it over: UTF-8 (with or without a byte order mark) or, as Excel
/// saves CSV on Chinese Windows, GBK (read as GB18030, its superset).
/// </summary>
internal static class RosterText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static RosterText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
