namespace PartySchoolNet.Reporting.Outreach;

/// <summary>
/// One 送教下基层 request as its events told it: when each stage was first reached (null until it is), and what was delivered.
/// Its month is the month it was requested (China time), which is how the report counts it.
/// </summary>
public sealed class OutreachFacts
{
    public Guid OutreachRequestId { get; private set; }
    public Guid TownshipId { get; private set; }
    public string TownshipPath { get; private set; } = "";
    public DateOnly Month { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public DateTimeOffset? ScheduledAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? DeclinedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public int? Attendance { get; private set; }
    public decimal? DeliveredHours { get; private set; }
}
