using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using PartySchoolNet.AppHost;
using PartySchoolNet.AppHost.Services;
using PartySchoolNet.ServiceDefaults;

namespace PartySchoolNet.Testing.Platform;

/// <summary>Where one platform lives: its data folder's PostgreSQL, RabbitMQ and gateway ports.</summary>
public sealed record PlatformPorts(int Postgres, int RabbitMq, int GatewayHttp, int GatewayGrpc);

/// <summary>A resource and how long after the start it was first healthy.</summary>
public sealed record HealthyAt(string Resource, TimeSpan After);

/// <summary>
/// The whole platform as the AppHost runs it, started through Aspire's testing builder without a dashboard: PostgreSQL and
/// RabbitMQ of its own on these ports, the six services, the gateway and the portal as real processes. The platform tests
/// and the benchmarks both start it here.
/// </summary>
public static class PlatformLaunch
{
    /// <summary>Every resource of the platform, in the order they come up.</summary>
    public static readonly IReadOnlyList<string> Resources = ["postgres", "messaging", .. PlatformServices.Names, "gateway", "portal"];

    /// <summary>
    /// Builds and starts the platform, then waits until every resource is healthy. <paramref name="settings"/> are environment
    /// variables for every service that win over the AppHost's; <paramref name="arguments"/> are further AppHost settings.
    /// </summary>
    public static async Task<(DistributedApplication App, IReadOnlyList<HealthyAt> Timeline)> StartAsync(string dataDirectory, PlatformPorts ports,
        bool durablePostgres, IReadOnlyDictionary<string, string> settings, IEnumerable<string> arguments, CancellationToken ct)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.PartySchoolNet_AppHost>(
            [.. PlatformSettings.CommandLine(dataDirectory, ports.Postgres, ports.RabbitMq, ports.GatewayHttp, ports.GatewayGrpc, durablePostgres), .. arguments],
            (options, _) => options.DisableDashboard = true, ct);
        builder.SetForEveryService(settings);
        var app = await builder.BuildAsync(ct);
        try
        {
            var clock = Stopwatch.StartNew();
            var healthy = Resources.Select(async name =>
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(name, ct);
                return new HealthyAt(name, clock.Elapsed);
            }).ToList();
            await app.StartAsync(ct);
            return (app, [.. (await Task.WhenAll(healthy)).OrderBy(h => h.After)]);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }
}
