namespace PartySchoolNet.Messaging.Inbox;

/// <summary>A message a consumer has handled; written in the same transaction as the consumer's effect.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; private set; }
    public string Consumer { get; private set; } = "";
    public DateTimeOffset ProcessedAt { get; private set; }
}
