using PartySchoolNet.QualityEvaluation.Scoring;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.QualityEvaluation.Campaigns;

internal sealed record CampaignSpec(
    string Name, DateOnly WindowStart, DateOnly WindowEnd, CombineRule Combine, Grading Grading, decimal RectificationBelow, DateOnly RectificationDeadline);

/// <summary>
/// An evaluation campaign (评估批次) the city runs over schools of one tier with one frozen indicator system version.
/// Draft → SelfAssessment → Review → Finalized, and back to Review only by an audited reopening. Writers of
/// self-assessments and scores hold the row's share lock and check the phase; phase changes hold its update lock.
/// </summary>
public sealed class Campaign
{
    private Campaign()
    {
    }

    public Guid Id { get; private set; }
    public Guid OwnerSchoolId { get; private set; }
    public string OwnerPath { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Guid IndicatorSystemId { get; private set; }
    public EvaluatedTier Tier { get; private set; }
    public CampaignPhase Phase { get; private set; }
    public DateOnly WindowStart { get; private set; }
    public DateOnly WindowEnd { get; private set; }
    public CombineRule Combine { get; private set; }
    public decimal Excellent { get; private set; }
    public decimal Good { get; private set; }
    public decimal Pass { get; private set; }
    public decimal RectificationBelow { get; private set; }
    public DateOnly RectificationDeadline { get; private set; }

    /// <summary>How many times it has been finalized; results are kept per round.</summary>
    public int Round { get; private set; }

    public DateTimeOffset? FinalizedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint RowVersion { get; private set; }

    public Grading Grading => new(Excellent, Good, Pass);

    internal static Campaign Create(SchoolReplica owner, IndicatorSystem system, CampaignSpec spec, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), OwnerSchoolId = owner.Id, OwnerPath = owner.Path, Name = spec.Name,
        IndicatorSystemId = system.Id, Tier = system.Tier, Phase = CampaignPhase.Draft, WindowStart = spec.WindowStart,
        WindowEnd = spec.WindowEnd, Combine = spec.Combine, Excellent = spec.Grading.Excellent, Good = spec.Grading.Good,
        Pass = spec.Grading.Pass, RectificationBelow = spec.RectificationBelow, RectificationDeadline = spec.RectificationDeadline,
        CreatedAt = now, UpdatedAt = now,
    };

    private static readonly Dictionary<CampaignPhase, CampaignPhase> Next = new()
    {
        [CampaignPhase.SelfAssessment] = CampaignPhase.Draft,
        [CampaignPhase.Review] = CampaignPhase.SelfAssessment,
        [CampaignPhase.Finalized] = CampaignPhase.Review,
    };

    /// <summary>Moves to <paramref name="target"/>, refusing a phase it does not follow; a reopening goes from Finalized back to Review.</summary>
    public CampaignHistory MoveTo(CampaignPhase target, bool reopening, Caller caller, string reason, DateTimeOffset now)
    {
        var from = reopening ? CampaignPhase.Finalized : Next[target];
        if (Phase != from)
        {
            throw new StateConflictException("campaign_phase_conflict", $"评估批次当前处于“{Labels.Phase(Phase)}”阶段，不能转入“{Labels.Phase(target)}”阶段");
        }
        var entry = CampaignHistory.Record(this, target, caller, reason, now);
        (Phase, UpdatedAt) = (target, now);
        if (target == CampaignPhase.Finalized)
        {
            (Round, FinalizedAt) = (Round + 1, now);
        }
        return entry;
    }

    /// <summary>Refuses unless the campaign is in <paramref name="phase"/>, telling the person what the phase allows.</summary>
    public void EnsurePhase(CampaignPhase phase, string action)
    {
        if (Phase != phase)
        {
            throw new StateConflictException("campaign_phase_conflict", $"评估批次处于“{Labels.Phase(Phase)}”阶段，不能{action}");
        }
    }
}

/// <summary>A school the campaign evaluates.</summary>
public sealed class CampaignTarget
{
    public Guid CampaignId { get; set; }
    public Guid SchoolId { get; set; }
    public string SchoolPath { get; set; } = "";
    public string SchoolName { get; set; } = "";
}

/// <summary>An evaluator assigned to review one target school.</summary>
public sealed class Assignment
{
    public Guid CampaignId { get; set; }
    public Guid SchoolId { get; set; }
    public Guid EvaluatorId { get; set; }
}

/// <summary>One phase change: who, when, from, to, why (a reopening always says why).</summary>
public sealed class CampaignHistory
{
    public long Id { get; private set; }
    public Guid CampaignId { get; private set; }
    public CampaignPhase From { get; private set; }
    public CampaignPhase To { get; private set; }
    public string ActorId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    public static CampaignHistory Record(Campaign campaign, CampaignPhase to, Caller caller, string reason, DateTimeOffset now) => new()
    {
        CampaignId = campaign.Id, From = campaign.Phase, To = to, ActorId = caller.Subject, ActorName = caller.Name, Reason = reason, At = now,
    };
}
