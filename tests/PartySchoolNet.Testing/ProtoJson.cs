using System.Text;
using Google.Protobuf;

namespace PartySchoolNet.Testing;

public static class ProtoJson
{
    /// <summary>A request message as the JSON body a script would send to its transcoded route.</summary>
    public static StringContent Of(IMessage message) =>
        new(JsonFormatter.Default.Format(message), Encoding.UTF8, "application/json");
}
