using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using PartySchoolNet.Platform.Tests.Tracing.Otlp;

namespace PartySchoolNet.Platform.Tests.Tracing;

/// <summary>One span as a service exported it.</summary>
public sealed record ReceivedSpan(string Service, string TraceId, string SpanId, string ParentSpanId, string Name);

/// <summary>
/// Stands where the dashboard's OTLP endpoint would: the services export to it over OTLP/HTTP (protobuf), and the tests
/// read which service sent which span. Logs and metrics are accepted and dropped.
/// </summary>
public sealed class OtlpTraceReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();
    private readonly Task _receiving;

    public OtlpTraceReceiver()
    {
        Endpoint = $"http://127.0.0.1:{FreePort()}";
        _listener.Prefixes.Add(Endpoint + "/");
        _listener.Start();
        _receiving = ReceiveAsync();
    }

    public string Endpoint { get; }

    public IReadOnlyList<ReceivedSpan> Trace(string traceId) => [.. _spans.Where(s => s.TraceId == traceId)];

    /// <summary>What arrived, for a failure message: spans per service.</summary>
    public string Summary() => string.Join(", ", _spans.GroupBy(s => s.Service).Select(g => $"{g.Key}: {g.Count()}"));

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            if (context.Request.Url?.AbsolutePath == "/v1/traces")
            {
                Collect(ExportTraceServiceRequest.Parser.ParseFrom(context.Request.InputStream));
            }
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    private void Collect(ExportTraceServiceRequest request)
    {
        foreach (var resource in request.ResourceSpans)
        {
            var service = resource.Resource?.Attributes.FirstOrDefault(a => a.Key == "service.name")?.Value?.StringValue ?? "";
            foreach (var span in resource.ScopeSpans.SelectMany(s => s.Spans))
            {
                _spans.Enqueue(new ReceivedSpan(service, Convert.ToHexStringLower(span.TraceId.Span), Convert.ToHexStringLower(span.SpanId.Span),
                    Convert.ToHexStringLower(span.ParentSpanId.Span), span.Name));
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _receiving;
    }
}
