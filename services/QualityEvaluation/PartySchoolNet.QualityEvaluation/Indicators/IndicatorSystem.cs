using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.QualityEvaluation.Indicators;

/// <summary>
/// One version of an indicator system (指标体系) of the city: its tree of indicators. A version a campaign uses is frozen;
/// a change then makes a new version of the same code.
/// </summary>
public sealed class IndicatorSystem
{
    private IndicatorSystem()
    {
    }

    public Guid Id { get; private set; }
    public Guid OwnerSchoolId { get; private set; }
    public string OwnerPath { get; private set; } = "";
    public string Code { get; private set; } = "";
    public int Version { get; private set; }
    public string Name { get; private set; } = "";
    public EvaluatedTier Tier { get; private set; }
    public bool Frozen { get; private set; }

    /// <summary>Every indicator, parents before children, in code order.</summary>
    public List<IndicatorNode> Nodes { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint RowVersion { get; private set; }

    public IEnumerable<IndicatorNode> Leaves => Nodes.Where(n => n.IsLeaf);

    public static IndicatorSystem Create(SchoolReplica owner, string code, int version, string name, EvaluatedTier tier, List<IndicatorNode> nodes, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), OwnerSchoolId = owner.Id, OwnerPath = owner.Path, Code = code, Version = version,
        Name = name, Tier = tier, Nodes = nodes, CreatedAt = now, UpdatedAt = now,
    };

    public IndicatorSystem Revise(string name, List<IndicatorNode> nodes, int version, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), OwnerSchoolId = OwnerSchoolId, OwnerPath = OwnerPath, Code = Code, Version = version,
        Name = name, Tier = Tier, Nodes = nodes, CreatedAt = now, UpdatedAt = now,
    };

    public void Replace(string name, List<IndicatorNode> nodes, DateTimeOffset now)
    {
        if (Frozen)
        {
            throw new StateConflictException("indicator_system_frozen", $"指标体系“{Name}”第{Version}版已被评估批次使用，不能修改，请另建新版本");
        }
        (Name, Nodes, UpdatedAt) = (name, nodes, now);
    }

    public void Freeze() => Frozen = true;

    public IndicatorNode? Leaf(string code) => Nodes.FirstOrDefault(n => n.IsLeaf && n.Code == code);

    /// <summary>A value entered for a leaf (a claim or a score) at <paramref name="field"/>, or null with its errors recorded.</summary>
    public decimal? EnteredValue(FieldErrors errors, string field, string code, double value)
    {
        var leaf = Leaf(code);
        var refusal = leaf?.Rule.Refuse(value);
        errors.When(leaf is null, $"{field}.indicator_code", $"指标体系中没有观测点“{code}”")
            .When(refusal is not null, $"{field}.value", $"观测点{code}：{refusal}");
        return leaf is null || refusal is not null ? null : Scoring.Points.FromWire(value);
    }
}
