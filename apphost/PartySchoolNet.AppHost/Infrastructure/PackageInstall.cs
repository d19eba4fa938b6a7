using System.Diagnostics;

namespace PartySchoolNet.AppHost.Infrastructure;

/// <summary>
/// <c>deploy/local/install.sh</c>: installs PostgreSQL and RabbitMQ when they are missing (a few milliseconds when they are
/// not), or says in one line what to install. It runs before the resource graph starts, as nothing in it can run without.
/// </summary>
internal static class PackageInstall
{
    public static bool Succeeded(PlatformSettings settings)
    {
        using var install = Process.Start(new ProcessStartInfo("bash", [settings.Script("install.sh")]) { UseShellExecute = false })!;
        install.WaitForExit();
        return install.ExitCode == 0;
    }
}
