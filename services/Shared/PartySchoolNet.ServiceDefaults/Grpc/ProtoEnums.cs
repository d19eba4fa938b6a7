using System.Reflection;
using Google.Protobuf.Reflection;

namespace PartySchoolNet.ServiceDefaults.Grpc;

public static class ProtoEnums
{
    /// <summary>The name an enum value has on the wire (e.g. <c>SITE_KIND_CLASSROOM</c>), which JSON callers send.</summary>
    public static string ProtoName<T>(T value) where T : struct, Enum =>
        typeof(T).GetField(value.ToString())!.GetCustomAttribute<OriginalNameAttribute>()!.Name;
}
