namespace PartySchoolNet.Platform.Tests.Faults;

/// <summary>Signals to the fault platform's PostgreSQL and RabbitMQ, found by their pid files, as an operator's kill would send them.</summary>
public sealed class Signals(string dataDirectory)
{
    private string RabbitPid => File.ReadAllText(Path.Combine(dataDirectory, "rabbitmq", "rabbit.pid")).Trim();

    private string PostmasterPid => File.ReadLines(Path.Combine(dataDirectory, "postgres", "data", "postmaster.pid")).First().Trim();

    public Task KillBrokerAsync() => RunAsync("kill", "-KILL", RabbitPid);

    public Task PauseBrokerAsync() => RunAsync("kill", "-STOP", RabbitPid);

    public Task ResumeBrokerAsync() => RunAsync("kill", "-CONT", RabbitPid);

    /// <summary>The postmaster and every backend: a paused postmaster alone would still let open connections answer.</summary>
    public async Task PausePostgresAsync()
    {
        var postmaster = PostmasterPid;
        await RunAsync("kill", "-STOP", postmaster);
        await RunAsync("pkill", "-STOP", "-P", postmaster);
    }

    public async Task ResumePostgresAsync()
    {
        var postmaster = PostmasterPid;
        await RunAsync("pkill", "-CONT", "-P", postmaster);
        await RunAsync("kill", "-CONT", postmaster);
    }

    /// <summary><c>pg_ctl stop -m immediate</c>: every backend quits at once, nothing is flushed, recovery replays the WAL at the next start.</summary>
    public Task CrashPostgresAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Order().Last();
        return RunAsync("runuser", "-u", "postgres", "--", Path.Combine(bin, "bin", "pg_ctl"), "-D", Path.Combine(dataDirectory, "postgres", "data"), "-m", "immediate", "-w", "stop");
    }

    /// <summary>pkill answers 1 when a paused postmaster happens to have no backend: that is no failure.</summary>
    private static Task<string> RunAsync(string file, params string[] args) => Commands.RunAsync(file, args, check: file != "pkill");
}
