namespace PartySchoolNet.AppHost.Services;

/// <summary>
/// A service or the gateway, run from its built binary (<c>dotnet Service.dll</c>). <c>AddProject</c> would wrap each one in
/// <c>dotnet run</c>, which evaluates the project first and costs ~128 MB a process: on two cores that is seconds of cold start.
/// </summary>
public sealed class ServiceResource(string name, string workingDirectory)
    : ExecutableResource(name, "dotnet", workingDirectory), IResourceWithServiceDiscovery;
