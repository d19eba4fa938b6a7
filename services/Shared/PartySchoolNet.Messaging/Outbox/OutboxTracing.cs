using System.Diagnostics;

namespace PartySchoolNet.Messaging.Outbox;

/// <summary>
/// The relay publishes later and on its own thread, where the request that wrote the event is long gone. Each publication
/// runs in a span whose parent is the trace context stored with the row, so MassTransit's send span and the consumers in
/// other services land in the trace of the user's action.
/// </summary>
internal static class OutboxTracing
{
    public const string SourceName = "PartySchoolNet.Messaging";

    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? StartPublish(OutboxMessage row, DateTimeOffset now)
    {
        ActivityContext.TryParse(row.TraceParent, row.TraceState, out var parent);
        var activity = Source.StartActivity("outbox publish", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.Id.ToString());
        activity?.SetTag("messaging.message.type", row.MessageType.Split(',')[0]);
        activity?.SetTag("outbox.waited_ms", (long)(now - row.CreatedAt).TotalMilliseconds);
        return activity;
    }
}
