using PartySchoolNet.QualityEvaluation.Scoring;

namespace PartySchoolNet.QualityEvaluation.Results;

/// <summary>A school's outcome in one finalization round of a campaign; a later round (after a reopening) supersedes it.</summary>
public sealed class SchoolResult
{
    public Guid CampaignId { get; set; }
    public int Round { get; set; }
    public Guid SchoolId { get; set; }
    public string SchoolPath { get; set; } = "";
    public string SchoolName { get; set; } = "";
    public decimal Total { get; set; }
    public Grade Grade { get; set; }
    public int Rank { get; set; }
    public bool Vetoed { get; set; }
    public List<NodeScore> Indicators { get; set; } = [];
}
