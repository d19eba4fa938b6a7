using System.Diagnostics;
using System.Globalization;

namespace PartySchoolNet.Benchmarks;

/// <summary>Times a call many times after a warm-up and reports the median and 95th percentile.</summary>
internal sealed record Timing(string Name, double MedianMs, double P95Ms)
{
    public static async Task<Timing> MeasureAsync(string name, Func<Task> call, int warmup = 30, int runs = 300)
    {
        for (var i = 0; i < warmup; i++)
        {
            await call();
        }
        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await call();
            samples[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(samples);
        return new Timing(name, samples[runs / 2], samples[(int)(runs * 0.95)]);
    }

    public string Line(Timing baseline) => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-58} median {MedianMs,7:0.00} ms  p95 {P95Ms,7:0.00} ms  ×{MedianMs / baseline.MedianMs,6:0.0} baseline");
}
