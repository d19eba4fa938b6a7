using System.Diagnostics;

namespace PartySchoolNet.AppHost;

/// <summary>PostgreSQL and RabbitMQ from the OS packages, started privately on loopback by the scripts in deploy/local.</summary>
public sealed class Infrastructure(RepositoryPaths paths, PlatformLayout layout, Action<string> log)
{
    private string PostgresDirectory => Path.Combine(layout.DataDirectory, "postgres");
    private string RabbitMqDirectory => Path.Combine(layout.DataDirectory, "rabbitmq");

    public Task InstallIfMissingAsync() => RunAsync("install.sh");

    public async Task StartAsync()
    {
        await StartPostgresAsync();
        await StartRabbitMqAsync();
    }

    public Task StartPostgresAsync() => RunAsync("postgres.sh", "start", PostgresDirectory, layout.PostgresPort.ToString());

    public Task StartRabbitMqAsync() => RunAsync("rabbitmq.sh", "start", RabbitMqDirectory, layout.RabbitMqPort.ToString());

    public Task StopRabbitMqAsync() => RunAsync("rabbitmq.sh", "stop", RabbitMqDirectory, layout.RabbitMqPort.ToString());

    public Task StopPostgresAsync() => RunAsync("postgres.sh", "stop", PostgresDirectory, layout.PostgresPort.ToString());

    /// <summary>Each queue of the RabbitMQ node: name, messages ready, messages unacknowledged.</summary>
    public async Task<IReadOnlyList<(string Name, int Ready, int Unacknowledged)>> QueuesAsync()
    {
        var lines = await RunAsync("rabbitmq.sh", "queues", RabbitMqDirectory, layout.RabbitMqPort.ToString());
        return [.. lines.Select(l => l.Split('\t')).Where(f => f.Length == 3)
            .Select(f => (f[0], int.Parse(f[1]), int.Parse(f[2])))];
    }

    public async Task StopAsync()
    {
        await StopRabbitMqAsync();
        await StopPostgresAsync();
    }

    private async Task<IReadOnlyList<string>> RunAsync(string script, params string[] args)
    {
        var info = new ProcessStartInfo("bash", [paths.Script(script), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var chatter = args.FirstOrDefault() == "queues" ? [] : lines;
        foreach (var line in chatter.Concat((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries)))
        {
            log($"[infra] {line}");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"deploy/local/{script} {string.Join(' ', args)} failed with exit code {process.ExitCode}.");
        }
        return lines;
    }
}
