using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PartySchoolNet.Benchmarks.Measure;

/// <summary>What a load run reached: requests per second and the mean latency.</summary>
internal sealed record Load(double RequestsPerSecond, double MeanLatencyMs, long Requests)
{
    public string Figures => string.Create(CultureInfo.InvariantCulture, $"{RequestsPerSecond:0} rps, {MeanLatencyMs:0.00} ms");
}

/// <summary>h2load for gRPC (HTTP/2, a gRPC body is the 5-byte frame header and the message) and wrk for JSON (HTTP/1.1).</summary>
internal static partial class LoadTools
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Unary gRPC calls with an empty request message, <paramref name="connections"/> at once, one stream each: a warm-up run,
    /// then 2,000 calls per connection (h2load's timed mode counts nothing with a single client).
    /// </summary>
    public static async Task<Load> GrpcAsync(Uri server, string method, string token, int connections)
    {
        await H2LoadAsync(server, method, token, connections, 500);
        return await H2LoadAsync(server, method, token, connections, 2000 * connections);
    }

    private static async Task<Load> H2LoadAsync(Uri server, string method, string token, int connections, int requests)
    {
        var body = Path.GetTempFileName();
        await File.WriteAllBytesAsync(body, new byte[5]);
        try
        {
            var output = await RunAsync("h2load", "-n", $"{requests}", "-c", $"{connections}", "-m", "1", "-t", "1",
                "-d", body, "-H", "content-type: application/grpc", "-H", "te: trailers", "-H", $"authorization: Bearer {token}",
                new Uri(server, method).ToString());
            var done = Number(RequestsDone(), output, "requests done");
            if (Number(RequestsFailed(), output, "requests failed") > 0)
            {
                throw new InvalidOperationException($"h2load saw failed requests against {server}:\n{output}");
            }
            return new Load(Number(H2Rate(), output, "req/s"), Milliseconds(H2Mean().Match(output)), (long)done);
        }
        finally
        {
            File.Delete(body);
        }
    }

    /// <summary>GET requests over <paramref name="connections"/> keep-alive connections.</summary>
    public static async Task<Load> JsonAsync(Uri url, string token, int connections)
    {
        var output = await RunAsync("wrk", "-t", "1", "-c", $"{connections}", "-d", Seconds(Duration), "-H", $"Authorization: Bearer {token}", url.ToString());
        if (output.Contains("Non-2xx", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"wrk saw failed requests against {url}:\n{output}");
        }
        return new Load(Number(WrkRate(), output, "Requests/sec"), Milliseconds(WrkMean().Match(output)), (long)Number(WrkTotal(), output, "requests in"));
    }

    public static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"{file} exited with {process.ExitCode}: {await error}{await output}");
    }

    private static string Seconds(TimeSpan span) => $"{(int)span.TotalSeconds}s";

    private static double Milliseconds(Match mean) => mean.Success
        ? double.Parse(mean.Groups[1].Value, CultureInfo.InvariantCulture) * mean.Groups[2].Value switch { "us" => 0.001, "s" => 1000, _ => 1 }
        : throw new InvalidOperationException("No mean latency in the load tool's output.");

    /// <summary>The first group of <paramref name="pattern"/> in a tool's output, as a number.</summary>
    public static double Number(Regex pattern, string output, string what)
    {
        var match = pattern.Match(output);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"No '{what}' in:\n{output}");
    }

    [GeneratedRegex(@"finished in [\d.]+m?s, ([\d.]+) req/s")]
    private static partial Regex H2Rate();

    [GeneratedRegex(@"time for request:\s+\S+\s+\S+\s+([\d.]+)(us|ms|s)\b")]
    private static partial Regex H2Mean();

    [GeneratedRegex(@"requests: \d+ total, \d+ started, (\d+) done")]
    private static partial Regex RequestsDone();

    [GeneratedRegex(@"(\d+) failed, \d+ errored")]
    private static partial Regex RequestsFailed();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex WrkRate();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex WrkTotal();

    [GeneratedRegex(@"Latency\s+([\d.]+)(us|ms|s)\b")]
    private static partial Regex WrkMean();
}
