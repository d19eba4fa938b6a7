using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using PartySchoolNet.AppHost;
using PartySchoolNet.AppHost.Services;
using PartySchoolNet.Benchmarks.Measure;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Testing;
using PartySchoolNet.ServiceDefaults;
using PartySchoolNet.Testing.Platform;

namespace PartySchoolNet.Benchmarks;

/// <summary>
/// The whole platform as the AppHost runs it with the demo city network (Aspire's testing builder; the services published
/// ReadyToRun, as the image ships them), measured from outside: cold start, memory, the gateway against the service direct
/// and against nginx, a by-id read against the token-only endpoint, and seat bursts against PostgreSQL's own insert rate.
/// Each figure is a ratio to a baseline taken in this run.
/// </summary>
internal static class PlatformBenchmark
{
    private const int PostgresPort = 5437;
    private const int GatewayHttpPort = 6480;
    private const int GatewayGrpcPort = 6481;
    private const string WhoAmI = "/partyschoolnet.identity.v1.IdentityService/WhoAmI";
    private static readonly IReadOnlyList<string> Services = PlatformServices.Names;

    public static Task RunAsync() => RunAsync(MeasureAsync);

    /// <summary>送教下基层 alone, on the same platform start (see <see cref="OutreachBurst"/>).</summary>
    public static Task RunOutreachAsync() => RunAsync(async _ =>
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{GatewayHttpPort}") };
        var gatewayGrpc = new Uri($"http://127.0.0.1:{GatewayGrpcPort}");
        await OutreachBurst.MeasureAsync(
            GrpcTesting.Channel(gatewayGrpc, await Tokens.PasswordAsync(http, "fn.dispatcher")), GrpcTesting.Channel(gatewayGrpc, await Tokens.PasswordAsync(http, "fn.admin")));
    });

    private static async Task RunAsync(Func<DistributedApplication, Task> measure)
    {
        var data = Path.Combine(Path.GetTempPath(), TestInfrastructure.UniqueName("psn_bench"));
        try
        {
            var (started, timeline) = await PlatformLaunch.StartAsync(data, new PlatformPorts(PostgresPort, RabbitMq: 5677, GatewayHttpPort, GatewayGrpcPort),
                durablePostgres: false, new Dictionary<string, string> { ["Gateway__RateLimit__PermitLimit"] = "100000000" }, ["--Platform:ReadyToRun=true"],
                CancellationToken.None);
            await using var app = started;
            RatioTable.Add(new("P9", "cold start to all healthy, s (÷ 1 s)", timeline[^1].After.TotalSeconds,
                "healthy at " + string.Join(", ", timeline.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Resource} {r.After.TotalSeconds:0.0}"))), "≤ 30"));
            var processes = Services.Append("gateway").Select(s => ServiceProcess.Find(Binary(s))).ToList();
            await UntilQuietAsync(processes);
            Memory(processes, "after the demo start");

            await measure(app);
            Memory(processes, "after the load");
            await app.StopAsync();
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task MeasureAsync(DistributedApplication app)
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{GatewayHttpPort}") };
        var token = await Tokens.PasswordAsync(http, "fn.admin");
        var gatewayGrpc = new Uri($"http://127.0.0.1:{GatewayGrpcPort}");
        var identityGrpc = app.GetEndpoint("identity", "grpc");
        var identityHttp = app.GetEndpoint("identity", "http");
        await using var nginx = await NginxPeer.StartAsync(identityGrpc, identityHttp, grpcPort: 6490, httpPort: 6491);
        var nginxGrpc = new Uri("http://127.0.0.1:6490");

        var direct16 = await LoadTools.GrpcAsync(identityGrpc, WhoAmI, token, 16);
        var gateway16 = await LoadTools.GrpcAsync(gatewayGrpc, WhoAmI, token, 16);
        var nginx16 = await LoadTools.GrpcAsync(nginxGrpc, WhoAmI, token, 16);
        var gateway1 = await LoadTools.GrpcAsync(gatewayGrpc, WhoAmI, token, 1);
        var nginx1 = await LoadTools.GrpcAsync(nginxGrpc, WhoAmI, token, 1);
        RatioTable.Add(new("P1", "gateway ÷ direct latency, gRPC unary c=16", gateway16.MeanLatencyMs / direct16.MeanLatencyMs, $"{gateway16.Figures} vs {direct16.Figures}", "≤ 1.5"));
        RatioTable.Add(new("P2", "gateway ÷ direct rps, gRPC unary c=16", gateway16.RequestsPerSecond / direct16.RequestsPerSecond, $"{gateway16.Figures} vs {direct16.Figures}", "≥ 0.7"));
        RatioTable.Add(new("P3", "gateway ÷ nginx grpc_pass rps, c=1", gateway1.RequestsPerSecond / nginx1.RequestsPerSecond, $"{gateway1.Figures} vs {nginx1.Figures}", "≥ 1.0"));
        RatioTable.Add(new("P3", "gateway ÷ nginx grpc_pass rps, c=16", gateway16.RequestsPerSecond / nginx16.RequestsPerSecond, $"{gateway16.Figures} vs {nginx16.Figures}", "≥ 2.0"));

        var me = "/api/v1/identity/me";
        var jsonDirect = await LoadTools.JsonAsync(new Uri(identityHttp, me), token, 16);
        var jsonGateway = await LoadTools.JsonAsync(new Uri(http.BaseAddress!, me), token, 16);
        var jsonNginx = await LoadTools.JsonAsync(new Uri($"http://127.0.0.1:6491{me}"), token, 16);
        RatioTable.Add(new("J1", "gateway ÷ direct rps, JSON GET c=16", jsonGateway.RequestsPerSecond / jsonDirect.RequestsPerSecond, $"{jsonGateway.Figures} vs {jsonDirect.Figures}"));
        RatioTable.Add(new("J2", "gateway ÷ nginx proxy_pass rps, JSON GET c=16", jsonGateway.RequestsPerSecond / jsonNginx.RequestsPerSecond, $"{jsonGateway.Figures} vs {jsonNginx.Figures}"));

        await ReadCostAsync(app, http, token, identityHttp, me);
        await SeatBurstsAsync(gatewayGrpc, token);
    }

    /// <summary>P11: service CPU per GetClass (JSON, direct) ÷ service CPU per token-only call (Identity's /me, direct).</summary>
    private static async Task ReadCostAsync(DistributedApplication app, HttpClient gateway, string token, Uri identityHttp, string me)
    {
        using var list = new HttpRequestMessage(HttpMethod.Get, "/api/v1/enrollment/classes?page_size=1") { Headers = { Authorization = new("Bearer", token) } };
        var classes = await (await gateway.SendAsync(list)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<ClassList>();
        var getClass = new Uri(app.GetEndpoint("enrollment", "http"), $"/api/v1/enrollment/classes/{classes!.Classes[0].ClassId}");
        var enrollment = ServiceProcess.Find("PartySchoolNet.Enrollment");
        var identity = ServiceProcess.Find("PartySchoolNet.Identity");
        var (readCost, read) = await CpuPerRequestAsync(enrollment, () => LoadTools.JsonAsync(getClass, token, 16));
        var (tokenCost, tokenOnly) = await CpuPerRequestAsync(identity, () => LoadTools.JsonAsync(new Uri(identityHttp, me), token, 16));
        RatioTable.Add(new("P11", "GetClass ÷ token-only service CPU per request", readCost / tokenCost,
            string.Create(CultureInfo.InvariantCulture, $"{readCost:0.000} vs {tokenCost:0.000} ms CPU; {read.Figures} vs {tokenOnly.Figures}"), "≤ 2"));
    }

    private static async Task<(double CpuMsPerRequest, Load Load)> CpuPerRequestAsync(ServiceProcess service, Func<Task<Load>> run)
    {
        await run(); // warm-up: JIT, tiering, pools
        var before = service.CpuMs();
        var load = await run();
        return ((service.CpuMs() - before) / load.Requests, load);
    }

    /// <summary>P5: 1,000 parallel confirmations through the gateway on one class ÷ pgbench's 8-client insert rate on the same server.</summary>
    private static async Task SeatBurstsAsync(Uri gatewayGrpc, string token)
    {
        var client = new EnrollmentService.EnrollmentServiceClient(GrpcTesting.Channel(gatewayGrpc, token));
        var burst = await SeatBurst.ConfirmationsAsync(client);
        var selection = await SeatBurst.SelectionsAsync(client);
        var inserts = await Pgbench.InsertsPerSecondAsync($"Host=127.0.0.1;Port={PostgresPort};Username=postgres;Database=postgres");
        RatioTable.Add(new("P5", "seat changes/s through the gateway ÷ pgbench 8-client insert tps", burst.PerSecond / inserts,
            string.Create(CultureInfo.InvariantCulture, $"{burst.PerSecond:0}/s ({burst.Summary}) vs {inserts:0} tps"), "≥ 0.2"));
        RatioTable.Add(new("P5b", "self-selections/s through the gateway ÷ pgbench insert tps", selection.PerSecond / inserts,
            string.Create(CultureInfo.InvariantCulture, $"{selection.PerSecond:0}/s ({selection.Summary}) vs {inserts:0} tps")));
    }

    private static void Memory(IReadOnlyList<ServiceProcess> processes, string when)
    {
        var rss = processes.Select(p => (p.Binary, Mb: p.RssMb(), Dirty: p.PrivateDirtyMb())).ToList();
        var largest = rss.MaxBy(r => r.Mb);
        RatioTable.Add(new("P10", $"largest service RSS {when}, MB (÷ 1 MB)", largest.Mb,
            "RSS (private dirty) " + string.Join(", ", rss.Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{r.Binary.Replace("PartySchoolNet.", "", StringComparison.Ordinal)} {r.Mb:0} ({r.Dirty:0})"))), "≤ 120"));
    }

    private static string Binary(string service) => "PartySchoolNet." + string.Concat(service.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    /// <summary>
    /// The demo start is over when the services are quiet: together under a tenth of a core for three seconds in a row
    /// (the demo seeders keep working after the services report healthy).
    /// </summary>
    private static async Task UntilQuietAsync(IReadOnlyList<ServiceProcess> processes)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        for (var quiet = 0; quiet < 3 && DateTime.UtcNow < deadline;)
        {
            var before = processes.Sum(p => p.CpuMs());
            await Task.Delay(1000);
            quiet = processes.Sum(p => p.CpuMs()) - before < 100 ? quiet + 1 : 0;
        }
    }

    private sealed record ClassList(List<ClassItem> Classes);

    private sealed record ClassItem(string ClassId);
}
