using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.QualityEvaluation.Campaigns;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.QualityEvaluation.Scoring;

namespace PartySchoolNet.QualityEvaluation.SelfAssessments;

internal static class SelfAssessmentMessages
{
    public static async Task<Contracts.SelfAssessment> ToMessageAsync(
        this QualityEvaluationDbContext db, CampaignTarget target, IndicatorSystem system, SelfAssessment? assessment, CancellationToken ct)
    {
        var evidence = await db.Evidence.AsNoTracking().Where(e => e.CampaignId == target.CampaignId && e.SchoolId == target.SchoolId)
            .OrderBy(e => e.IndicatorCode).ThenBy(e => e.UploadedAt).ToListAsync(ct);
        var entries = assessment?.Entries ?? [];
        var message = new Contracts.SelfAssessment
        {
            CampaignId = target.CampaignId.ToString(), SchoolId = target.SchoolId.ToString(), SchoolName = target.SchoolName,
            State = assessment is null ? SelfAssessmentState.NotStarted : assessment.Submitted ? SelfAssessmentState.Submitted : SelfAssessmentState.Draft,
            ClaimedTotal = (double)SchoolScore.FromValues(system.Nodes, entries.ToDictionary(e => e.IndicatorCode, e => e.Value)).Total,
            SubmittedAt = assessment?.SubmittedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        };
        message.Entries.Add(entries.Select(e => new SelfAssessmentEntry
        {
            IndicatorCode = e.IndicatorCode, Value = (double)e.Value, Narrative = e.Narrative,
            Points = (double)(system.Leaf(e.IndicatorCode)?.Rule.PointsFor(e.Value) ?? 0),
        }));
        message.Evidence.Add(evidence.Select(e => e.ToMessage()));
        return message;
    }

    public static Contracts.EvidenceFile ToMessage(this EvidenceFile e) => new()
    {
        EvidenceId = e.Id.ToString(), IndicatorCode = e.IndicatorCode, FileName = e.FileName, ContentType = e.ContentType,
        Size = e.Size, Sha256 = e.Sha256, UploadedAt = Timestamp.FromDateTimeOffset(e.UploadedAt),
    };
}
