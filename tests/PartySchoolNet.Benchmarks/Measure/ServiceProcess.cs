using System.Globalization;

namespace PartySchoolNet.Benchmarks.Measure;

/// <summary>A running service process as Linux sees it: found by its binary's name, its CPU time and resident memory.</summary>
internal sealed class ServiceProcess(int pid, string binary)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public string Binary { get; } = binary;

    public static ServiceProcess Find(string binary) =>
        Directory.EnumerateDirectories("/proc").Select(d => Path.GetFileName(d)).Where(n => n.All(char.IsAsciiDigit))
            .Select(n => (Pid: int.Parse(n, CultureInfo.InvariantCulture), CommandLine: Read($"/proc/{n}/cmdline")))
            .Where(p => p.CommandLine.Contains(binary + ".dll", StringComparison.Ordinal))
            .Select(p => new ServiceProcess(p.Pid, binary)).FirstOrDefault()
            ?? throw new InvalidOperationException($"No running process runs {binary}.dll");

    /// <summary>User and system CPU time so far, in milliseconds.</summary>
    public double CpuMs()
    {
        var stat = Read($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 1000 / TicksPerSecond;
    }

    public double RssMb() => Megabytes("status", "VmRSS:");

    /// <summary>
    /// The pages this process wrote and holds alone: its heaps, its compiled code, the runtime's data. RSS also counts the
    /// clean file pages of the libraries it maps (each service its own copies), which the kernel can drop and read again.
    /// </summary>
    public double PrivateDirtyMb() => Megabytes("smaps_rollup", "Private_Dirty:");

    private double Megabytes(string file, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/{file}").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
