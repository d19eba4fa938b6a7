using System.Diagnostics;

namespace PartySchoolNet.Testing;

/// <summary>
/// Keeps every core busy, as other work does on a shared CI machine, until disposed or until <c>limit</c> has passed —
/// whichever comes first — so a concurrency test also proves its rule when the racers are starved and interleaved.
/// </summary>
public sealed class CpuLoad : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Thread[] _threads;

    private CpuLoad(TimeSpan limit)
    {
        _stop = new CancellationTokenSource(limit);
        _threads = [.. Enumerable.Range(0, Environment.ProcessorCount * 2).Select(_ => new Thread(Spin) { IsBackground = true })];
        foreach (var thread in _threads)
        {
            thread.Start();
        }
    }

    /// <summary>Starts the load when <paramref name="saturate"/> is set; otherwise a no-op, for theories run both ways.</summary>
    public static IDisposable When(bool saturate, TimeSpan? limit = null) =>
        saturate ? new CpuLoad(limit ?? TimeSpan.FromSeconds(90)) : new CancellationTokenSource();

    private void Spin()
    {
        var token = _stop.Token;
        var clock = Stopwatch.StartNew();
        var sink = 0d;
        while (!token.IsCancellationRequested)
        {
            sink += Math.Sqrt(clock.ElapsedTicks);
        }
        GC.KeepAlive(sink);
    }

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var thread in _threads)
        {
            thread.Join();
        }
        _stop.Dispose();
    }
}
