using System.Linq.Expressions;

namespace PartySchoolNet.QualityEvaluation.Rectifications;

/// <summary>What a school reported on its rectification.</summary>
public sealed record RectificationReport(string Text, string ReportedBy, DateTimeOffset At);

/// <summary>
/// A rectification item (整改) for a leaf a school scored below the campaign's threshold on, or failed: the school reports
/// (Open/Reported → Reported) until the city closes it (Reported → Closed).
/// </summary>
public sealed class Rectification
{
    private Rectification()
    {
    }

    public Guid Id { get; private set; }
    public Guid CampaignId { get; private set; }
    public int Round { get; private set; }
    public Guid SchoolId { get; private set; }
    public string SchoolPath { get; private set; } = "";
    public string SchoolName { get; private set; } = "";
    public string IndicatorCode { get; private set; } = "";
    public string IndicatorTitle { get; private set; } = "";
    public decimal Score { get; private set; }
    public decimal Weight { get; private set; }
    public string Finding { get; private set; } = "";
    public DateOnly Deadline { get; private set; }
    public RectificationStatus Status { get; private set; }
    public List<RectificationReport> Reports { get; private set; } = [];
    public string CloseNote { get; private set; } = "";
    public string ClosedBy { get; private set; } = "";
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public uint RowVersion { get; private set; }

    public static Rectification Open(Campaign campaign, Results.SchoolResult school, Scoring.NodeScore leaf, string finding, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), CampaignId = campaign.Id, Round = campaign.Round, SchoolId = school.SchoolId,
        SchoolPath = school.SchoolPath, SchoolName = school.SchoolName, IndicatorCode = leaf.Code, IndicatorTitle = leaf.Title,
        Score = leaf.Score, Weight = leaf.Weight, Finding = finding, Deadline = campaign.RectificationDeadline,
        Status = RectificationStatus.Open, OpenedAt = now,
    };

    public void Report(string text, Caller caller, DateTimeOffset now)
    {
        if (Status == RectificationStatus.Closed)
        {
            throw new StateConflictException("rectification_closed", "整改事项已销号，无需再报送");
        }
        Reports = [.. Reports, new RectificationReport(text, caller.Name, now)];
        Status = RectificationStatus.Reported;
    }

    public void Close(string note, Caller caller, DateTimeOffset now)
    {
        if (Status != RectificationStatus.Reported)
        {
            throw new StateConflictException("rectification_not_reported",
                Status == RectificationStatus.Closed ? "整改事项已销号" : "学校尚未报送整改情况，不能销号");
        }
        (Status, CloseNote, ClosedBy, ClosedAt) = (RectificationStatus.Closed, note, caller.Name, now);
    }

    /// <summary>Not closed by its deadline (逾期未整改); <see cref="OverdueOn"/> states the same rule for queries.</summary>
    public bool IsOverdueOn(DateOnly today) => Status != RectificationStatus.Closed && Deadline < today;

    public static Expression<Func<Rectification, bool>> OverdueOn(DateOnly today) => r => r.Status != RectificationStatus.Closed && r.Deadline < today;

    public RectificationClosed Closed() => new(Id, CampaignId, SchoolId, SchoolPath, ClosedAt!.Value);

    public RectificationOpened Opened() =>
        new(Id, CampaignId, SchoolId, SchoolPath, IndicatorCode, IndicatorTitle, Deadline, OpenedAt);
}
