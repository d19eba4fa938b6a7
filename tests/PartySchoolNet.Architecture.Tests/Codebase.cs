using System.Reflection;
using ArchUnitNET.Loader;
using PartySchoolNet.ServiceDefaults;

namespace PartySchoolNet.Architecture.Tests;

/// <summary>The platform's assemblies, found by name from the services this project references, loaded once.</summary>
internal static class Codebase
{
    public const string Prefix = "PartySchoolNet.";

    /// <summary>The building blocks every service stands on; none of them may know a service.</summary>
    public static readonly string[] SharedNames =
        ["PartySchoolNet.ServiceDefaults", "PartySchoolNet.Persistence", "PartySchoolNet.Messaging", "PartySchoolNet.ServiceKit"];

    /// <summary>The six services: each owns its database and speaks to the others only through their contracts.</summary>
    public static readonly string[] ServiceNames = [.. PlatformServices.All.Select(s => s.Project)];

    public static readonly IReadOnlyList<Assembly> Services = [.. ServiceNames.Select(Load)];

    public static readonly IReadOnlyList<Assembly> Shared = [.. SharedNames.Select(Load)];

    public static readonly IReadOnlyList<Assembly> Contracts =
        [.. Services.Concat(Shared).SelectMany(a => a.GetReferencedAssemblies()).Select(n => n.Name!)
            .Where(IsContracts).Distinct().Order(StringComparer.Ordinal).Select(Load)];

    public static readonly ArchUnitNET.Domain.Architecture Architecture =
        new ArchLoader().LoadAssemblies([.. Services, .. Shared, .. Contracts]).Build();

    public static bool IsContracts(string assemblyName) => assemblyName.StartsWith(Prefix, StringComparison.Ordinal) && assemblyName.EndsWith(".Contracts", StringComparison.Ordinal);

    /// <summary>The platform's own assemblies this one was compiled against.</summary>
    public static IEnumerable<string> OwnReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(n => n.Name!).Where(n => n.StartsWith(Prefix, StringComparison.Ordinal));

    private static Assembly Load(string name) => Assembly.Load(name);
}
