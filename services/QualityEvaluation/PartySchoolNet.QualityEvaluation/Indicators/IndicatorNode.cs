using System.Text.Json.Serialization;
using PartySchoolNet.QualityEvaluation.Scoring;

namespace PartySchoolNet.QualityEvaluation.Indicators;

/// <summary>
/// One indicator of a system's tree, flattened: <see cref="Code"/> is its position ("2", "2.1", "2.1.3") and names its
/// parent. Level 3 nodes are observation points (观测点), the leaves that are scored.
/// </summary>
public sealed record IndicatorNode
{
    public const int LeafLevel = 3;

    public required string Code { get; init; }
    public required int Level { get; init; }
    public required string Title { get; init; }
    public required decimal Weight { get; init; }
    public ScoringMethod Method { get; init; }
    public decimal Base { get; init; }
    public decimal Floor { get; init; }
    public decimal Cap { get; init; }
    public decimal FailCap { get; init; }
    public string Rubric { get; init; } = "";
    public string Evidence { get; init; } = "";

    [JsonIgnore]
    public bool IsLeaf => Level == LeafLevel;

    [JsonIgnore]
    public string ParentCode => Code.Contains('.', StringComparison.Ordinal) ? Code[..Code.LastIndexOf('.')] : "";

    [JsonIgnore]
    public LeafRule Rule => new(Method, Weight, Base, Floor, Cap, FailCap);

    public bool IsUnder(string ancestorCode) => Code.StartsWith(ancestorCode + ".", StringComparison.Ordinal);
}
