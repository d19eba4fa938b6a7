using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartySchoolNet.Persistence;
using PartySchoolNet.QualityEvaluation.Campaigns;
using PartySchoolNet.QualityEvaluation.Evaluators;
using PartySchoolNet.QualityEvaluation.Results;
using PartySchoolNet.QualityEvaluation.Scoring;
using PartySchoolNet.QualityEvaluation.SelfAssessments;

namespace PartySchoolNet.QualityEvaluation.Data;

internal sealed class IndicatorSystemConfiguration : IEntityTypeConfiguration<IndicatorSystem>
{
    public void Configure(EntityTypeBuilder<IndicatorSystem> system)
    {
        system.ToTable("indicator_systems");
        system.Property(s => s.Code).HasMaxLength(64);
        system.Property(s => s.Name).HasMaxLength(100);
        system.Property(s => s.Nodes).AsJson();
        system.Ignore(s => s.Leaves);
        system.Property(s => s.RowVersion).IsRowVersion();
        system.HasIndex(s => new { s.OwnerSchoolId, s.Code, s.Version }).IsUnique();
    }
}

internal sealed class EvaluatorConfiguration : IEntityTypeConfiguration<Evaluator>
{
    public void Configure(EntityTypeBuilder<Evaluator> evaluator)
    {
        evaluator.ToTable("evaluators");
        evaluator.Property(e => e.Id).ValueGeneratedNever();
    }
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> campaign)
    {
        campaign.ToTable("campaigns", t => t.HasCheckConstraint("ck_campaigns_thresholds", "pass > 0 AND pass < good AND good < excellent AND excellent <= 100"));
        campaign.Property(c => c.Name).HasMaxLength(100);
        campaign.Property(c => c.RowVersion).IsRowVersion();
        campaign.Ignore(c => c.Grading);
        campaign.HasIndex(c => c.OwnerPath).HasOperators("text_pattern_ops");
    }
}

internal sealed class CampaignTargetConfiguration : IEntityTypeConfiguration<CampaignTarget>
{
    public void Configure(EntityTypeBuilder<CampaignTarget> target)
    {
        target.ToTable("campaign_targets");
        target.HasKey(t => new { t.CampaignId, t.SchoolId });
        target.HasIndex(t => t.SchoolPath).HasOperators("text_pattern_ops");
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> assignment)
    {
        assignment.ToTable("assignments");
        assignment.HasKey(a => new { a.CampaignId, a.SchoolId, a.EvaluatorId });
        assignment.HasIndex(a => new { a.CampaignId, a.EvaluatorId });
    }
}

internal sealed class CampaignHistoryConfiguration : IEntityTypeConfiguration<CampaignHistory>
{
    public void Configure(EntityTypeBuilder<CampaignHistory> history)
    {
        history.ToTable("campaign_history");
        history.HasIndex(h => h.CampaignId);
    }
}

internal sealed class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessment>
{
    public void Configure(EntityTypeBuilder<SelfAssessment> assessment)
    {
        assessment.ToTable("self_assessments");
        assessment.HasKey(a => new { a.CampaignId, a.SchoolId });
        assessment.Property(a => a.Entries).AsJson();
    }
}

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> evidence)
    {
        evidence.ToTable("evidence_files");
        evidence.Property(e => e.FileName).HasMaxLength(200);
        evidence.HasIndex(e => new { e.CampaignId, e.SchoolId, e.IndicatorCode, e.Sha256 }).IsUnique();
    }
}

internal sealed class ScoreConfiguration : IEntityTypeConfiguration<Score>
{
    public void Configure(EntityTypeBuilder<Score> score)
    {
        score.ToTable("scores");
        score.HasKey(s => new { s.CampaignId, s.SchoolId, s.IndicatorCode, s.EvaluatorId });
    }
}

internal sealed class ScoreChangeConfiguration : IEntityTypeConfiguration<ScoreChange>
{
    public void Configure(EntityTypeBuilder<ScoreChange> change)
    {
        change.ToTable("score_changes");
        change.HasIndex(c => new { c.CampaignId, c.SchoolId });
    }
}

internal sealed class SchoolResultConfiguration : IEntityTypeConfiguration<SchoolResult>
{
    public void Configure(EntityTypeBuilder<SchoolResult> result)
    {
        result.ToTable("school_results");
        result.HasKey(r => new { r.CampaignId, r.Round, r.SchoolId });
        result.Property(r => r.Indicators).AsJson();
    }
}

internal sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> item)
    {
        item.ToTable("rectifications");
        item.Property(r => r.Reports).AsJson();
        item.Property(r => r.RowVersion).IsRowVersion();
        item.HasIndex(r => new { r.CampaignId, r.SchoolId, r.IndicatorCode }).IsUnique();
        item.HasIndex(r => r.SchoolPath).HasOperators("text_pattern_ops");
    }
}
