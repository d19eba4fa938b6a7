using System.Diagnostics;

namespace PartySchoolNet.Platform.Tests;

internal static class Commands
{
    /// <summary>Runs a command to its end; its output, or (when <paramref name="check"/>) a failure with its error output.</summary>
    public static async Task<string> RunAsync(string file, IEnumerable<string> args, bool check = true)
    {
        var info = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} failed ({process.ExitCode}): {await error}{await output}");
        }
        return await output;
    }
}
