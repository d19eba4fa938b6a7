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

    public async Task StopAsync()
    {
        await StopRabbitMqAsync();
        await StopPostgresAsync();
    }

    private async Task RunAsync(string script, params string[] args)
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
        foreach (var line in ((await output) + (await error)).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            log($"[infra] {line}");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"deploy/local/{script} {string.Join(' ', args)} failed with exit code {process.ExitCode}.");
        }
    }
}
