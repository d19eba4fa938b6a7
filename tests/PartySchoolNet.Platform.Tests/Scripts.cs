using System.Diagnostics;

namespace PartySchoolNet.Platform.Tests;

internal static class Scripts
{
    /// <summary>Runs a bash script to its end; its output, or its error output when it fails.</summary>
    public static async Task<string> RunAsync(string script, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("bash", [script, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(script)} failed ({process.ExitCode}): {await error}{await output}");
        }
        return await output;
    }
}
