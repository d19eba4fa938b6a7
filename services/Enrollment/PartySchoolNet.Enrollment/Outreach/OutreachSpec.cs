namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>A time the township would like the teaching, best first.</summary>
public sealed record PreferredWindow(DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>What a township asks for: the topic, who listens, when and where.</summary>
public sealed class OutreachSpec
{
    public string Topic { get; set; } = "";
    public string Title { get; set; } = "";
    public OutreachAudience Audience { get; set; }
    public int AudienceSize { get; set; }
    public ClassCategory Category { get; set; }
    public List<PreferredWindow> Windows { get; set; } = [];
    public OutreachPlaceKind PlaceKind { get; set; }
    public Guid? SiteId { get; set; }
    public string PlaceName { get; set; } = "";
    public string Notes { get; set; } = "";

    /// <summary>Whether a site of SiteResources must be booked (every kind but a place it does not keep).</summary>
    public bool NeedsSite => PlaceKind != OutreachPlaceKind.Other;

    /// <summary>From the first window's start to the last one's end: where anything reserved for the request lies.</summary>
    public (DateTimeOffset From, DateTimeOffset Until) Span => (Windows.Min(w => w.StartsAt), Windows.Max(w => w.EndsAt));
}
