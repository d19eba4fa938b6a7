using System.Diagnostics;
using System.Runtime.InteropServices;
using PartySchoolNet.AppHost;

// Runs the whole platform on this machine, as an Aspire AppHost would (the Aspire packages are not obtainable here).
var paths = RepositoryPaths.FromRunningBinary();
var layout = PlatformLayout.Default(paths.Root);
var stopping = new TaskCompletionSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stopping.TrySetResult(); });
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stopping.TrySetResult(); });

var clock = Stopwatch.StartNew();
var infrastructure = new Infrastructure(paths, layout, Console.WriteLine);
await infrastructure.InstallIfMissingAsync();
await infrastructure.StartAsync();
try
{
    await using var platform = new Platform(paths, layout, Console.WriteLine);
    await platform.StartAsync(TimeSpan.FromMinutes(3));
    Console.WriteLine(Banner.Text(layout, clock.Elapsed));
    await stopping.Task;
    Console.WriteLine("Stopping PartySchoolNet ...");
}
finally
{
    await infrastructure.StopAsync();
    Console.WriteLine("Stopped: every process the apphost started has exited.");
}
