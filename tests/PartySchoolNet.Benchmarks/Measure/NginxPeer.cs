using System.Diagnostics;
using System.Net.Sockets;
using PartySchoolNet.Testing;

namespace PartySchoolNet.Benchmarks.Measure;

/// <summary>
/// nginx from Debian in front of the same service, as the peer a gateway is compared with: <c>grpc_pass</c> on one port,
/// <c>proxy_pass</c> with keep-alive upstream connections on the other, no token checks, no access log.
/// </summary>
internal sealed class NginxPeer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private NginxPeer(Process process, string folder) => (_process, _folder) = (process, folder);

    public static async Task<NginxPeer> StartAsync(Uri grpcUpstream, Uri httpUpstream, int grpcPort, int httpPort)
    {
        var folder = Directory.CreateTempSubdirectory("psn-nginx").FullName;
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, $$"""
            user root;
            worker_processes auto;
            daemon off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
              access_log off;
              keepalive_requests 1000000;
              client_body_temp_path {{folder}}/body;
              proxy_temp_path {{folder}}/proxy;
              upstream grpc_backend { server {{grpcUpstream.Authority}}; keepalive 64; keepalive_requests 1000000; }
              upstream http_backend { server {{httpUpstream.Authority}}; keepalive 64; keepalive_requests 1000000; }
              server { listen 127.0.0.1:{{grpcPort}} http2; location / { grpc_pass grpc://grpc_backend; } }
              server {
                listen 127.0.0.1:{{httpPort}};
                location / { proxy_pass http://http_backend; proxy_http_version 1.1; proxy_set_header Connection ""; }
              }
            }
            """);
        var process = Process.Start(new ProcessStartInfo("nginx", ["-p", folder, "-c", config]))!;
        await Eventually.Until(async () => process.HasExited
                ? throw new InvalidOperationException($"nginx did not start: {await File.ReadAllTextAsync(Path.Combine(folder, "error.log"))}")
                : await ListensAsync(grpcPort) && await ListensAsync(httpPort),
            listening => listening, TimeSpan.FromSeconds(10), $"nginx listening on {grpcPort} and {httpPort}");
        return new NginxPeer(process, folder);
    }

    private static async Task<bool> ListensAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
