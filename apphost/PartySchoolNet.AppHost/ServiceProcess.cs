using System.Diagnostics;

namespace PartySchoolNet.AppHost;

/// <summary>One service running as a child process, its output streamed line by line under its name.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    public ServiceResource Resource { get; }

    public int ProcessId => _process.Id;

    private ServiceProcess(ServiceResource resource, Process process)
    {
        Resource = resource;
        _process = process;
    }

    public static ServiceProcess Start(ServiceResource resource, RepositoryPaths paths, IReadOnlyDictionary<string, string> environment, Action<string> log)
    {
        var binary = paths.Binary(resource.Project);
        if (!File.Exists(binary))
        {
            throw new FileNotFoundException($"{resource.Project} is not built; run `dotnet build PartySchoolNet.sln` first.", binary);
        }
        var info = new ProcessStartInfo("dotnet", [binary])
        {
            WorkingDirectory = Path.GetDirectoryName(binary)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { log($"[{resource.Name}] {e.Data}"); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { log($"[{resource.Name}] {e.Data}"); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(resource, process);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Asks the process to stop (SIGTERM, so it drains and closes its connections), then kills it if it will not.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_process.HasExited)
        {
            return;
        }
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString()]))
        {
            await term.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
    }
}
