namespace PartySchoolNet.Reporting.EventLog;

/// <summary>
/// One fact another service published, kept as received (append-only) so that any report can be rebuilt from the log.
/// Keyed by the fact's own id (a class's completion is the class id): the same fact delivered again under any message id is one row.
/// </summary>
public sealed class StoredEvent
{
    public long Id { get; private set; }
    public string Type { get; private set; } = "";
    public string Key { get; private set; } = "";
    public DateTimeOffset OccurredAt { get; private set; }
    public string Payload { get; private set; } = "";
    public DateTimeOffset StoredAt { get; private set; }
}
