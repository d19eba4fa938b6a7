using System.Net;
using System.Net.Sockets;
using PartySchoolNet.Platform.Tests.Tracing;
using PartySchoolNet.Testing.Platform;

namespace PartySchoolNet.Platform.Tests;

/// <summary>
/// The platform the scenario tests share; its PostgreSQL skips fsync, as test data may be lost. Every process exports its
/// traces to <see cref="Traces"/>, where the dashboard would receive them.
/// </summary>
public sealed class PlatformFixture() : RunningPlatform("psn_platform", new PlatformPorts(Postgres: 5435, RabbitMq: 5675, GatewayHttp: 6180, GatewayGrpc: 6181),
    durablePostgres: false)
{
    public OtlpTraceReceiver Traces { get; } = new();

    /// <summary>
    /// A host name that resolves nowhere on this machine, as a deployment's would from inside: nothing within the platform may
    /// depend on reaching it. Clients reach it with <see cref="PublicName"/>.
    /// </summary>
    public override Uri PublicUrl => new($"http://psn.example.test:{Ports.GatewayHttp}/");

    /// <summary>An HTTP client outside the platform whose name server puts the public host name on this machine's gateway.</summary>
    public static HttpClient PublicName() => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    });

    protected override IReadOnlyDictionary<string, string> ServiceSettings() => new Dictionary<string, string>(base.ServiceSettings())
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Traces.Endpoint,
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
        // The portal renews each person's access token before every call, as it would all day long: every browser journey
        // then also proves that renewal (Identity's rolling refresh tokens, concurrent calls of one page) keeps a person working.
        ["Portal__RenewAhead"] = "1.00:00:00",
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Traces.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformTests : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
