using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace PartySchoolNet.Messaging.Outbox;

/// <summary>An integration event waiting to be published; written in the same transaction as the change it reports.</summary>
public sealed class OutboxMessage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Resolving an assembly-qualified name parses it and loads the assembly each time: a relay reads thousands a second.</summary>
    private static readonly ConcurrentDictionary<string, Type> Types = new();

    public Guid Id { get; private set; }
    public long Sequence { get; private set; }
    public string MessageType { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The W3C trace context of the change that wrote the event, so its publication and consumers join the same trace.</summary>
    public string? TraceParent { get; private set; }
    public string? TraceState { get; private set; }

    /// <summary>Set when the row can never be published (its type or payload no longer reads); it is parked, not retried.</summary>
    public DateTimeOffset? FailedAt { get; private set; }
    public string? Error { get; private set; }

    public void Park(Exception reason, DateTimeOffset now)
    {
        FailedAt = now;
        var error = $"{reason.GetType().Name}: {reason.Message}";
        Error = error.Length > 2000 ? error[..2000] : error;
    }

    public static OutboxMessage From(object message, DateTimeOffset now)
    {
        var type = message.GetType();
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            MessageType = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(message, type, Json),
            CreatedAt = now,
            TraceParent = Activity.Current?.IdFormat == ActivityIdFormat.W3C ? Activity.Current.Id : null,
            TraceState = Activity.Current?.TraceStateString,
        };
    }

    public (object Message, Type Type) Deserialize()
    {
        var type = Types.GetOrAdd(MessageType, static name => Type.GetType(name, throwOnError: true)!);
        return (JsonSerializer.Deserialize(Payload, type, Json)!, type);
    }
}
