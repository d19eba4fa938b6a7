namespace PartySchoolNet.Reporting.Evaluation;

/// <summary>A finalized campaign at its latest round: only results of that round count.</summary>
public sealed class CampaignFacts
{
    public Guid CampaignId { get; private set; }
    public string Name { get; private set; } = "";
    public string Tier { get; private set; } = "";
    public int Round { get; private set; }
    public DateTimeOffset FinalizedAt { get; private set; }
}

/// <summary>A school's outcome in one round of a campaign.</summary>
public sealed class CampaignResult
{
    public Guid CampaignId { get; private set; }
    public Guid SchoolId { get; private set; }
    public int Round { get; private set; }
    public string SchoolPath { get; private set; } = "";
    public decimal Total { get; private set; }
    public string Grade { get; private set; } = "";
    public int Rank { get; private set; }
    public bool Vetoed { get; private set; }
}

/// <summary>A school's score on one first-level indicator in one round of a campaign: a cell of the heat map.</summary>
public sealed class IndicatorResult
{
    public Guid CampaignId { get; private set; }
    public Guid SchoolId { get; private set; }
    public string Code { get; private set; } = "";
    public int Round { get; private set; }
    public string Title { get; private set; } = "";
    public decimal Weight { get; private set; }
    public decimal Score { get; private set; }
}

/// <summary>A rectification item (整改): opened with its deadline, closed when the city accepts it; either may be seen first.</summary>
public sealed class RectificationFacts
{
    public Guid RectificationId { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid SchoolId { get; private set; }
    public string SchoolPath { get; private set; } = "";
    public string? IndicatorCode { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
}
