namespace PartySchoolNet.Reporting.SiteUse;

/// <summary>A site as its latest snapshot told it, with the hours it is open on each weekday (Monday first).</summary>
public sealed class SiteFacts
{
    public Guid SiteId { get; private set; }
    public string OwnerPath { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public int Capacity { get; private set; }
    public bool Retired { get; private set; }
    public double[] WeeklyHours { get; private set; } = [];
    public long Version { get; private set; }
}

/// <summary>A booking of a site: its month (China time) and hours; it counts once booked and while not cancelled, in any order.</summary>
public sealed class SiteBookingFacts
{
    public Guid BookingId { get; private set; }
    public Guid SiteId { get; private set; }
    public string OwnerPath { get; private set; } = "";
    public DateOnly Month { get; private set; }
    public decimal Hours { get; private set; }
    public int Audience { get; private set; }
    public bool Booked { get; private set; }
    public bool Cancelled { get; private set; }
}
