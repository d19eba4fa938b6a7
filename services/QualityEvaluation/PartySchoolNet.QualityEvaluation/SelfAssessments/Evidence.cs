using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Persistence;
using PartySchoolNet.QualityEvaluation.Campaigns;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.SelfAssessments;

/// <summary>Evidence files: checked, hashed and stored in the same transaction that accepts them; the same file twice is kept once.</summary>
internal sealed class Evidence(QualityEvaluationDbContext db, SelfAssessmentForms assessments, IOptions<QualityEvaluationOptions> options, TimeProvider clock)
{
    public async Task<Contracts.EvidenceFile> UploadAsync(UploadEvidenceRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (campaignId, schoolId) = errors.CampaignAndSchool(request.CampaignId, request.SchoolId);
        var fileName = Path.GetFileName(request.FileName.Trim());
        errors.Required(fileName, "file_name", "文件名").When(fileName.Length > 200, "file_name", "文件名不能超过200个字符");
        var contentType = EvidenceTypes.Check(errors, fileName, request.ContentType.Trim(), request.Content.Span, options.Value.MaxEvidenceBytes);
        errors.Required(request.IndicatorCode, "indicator_code", "观测点").ThrowIfAny();

        var (tx, campaign) = await db.LockCampaignAsync(campaignId, exclusive: false, ct);
        await using var _ = tx;
        await assessments.OpenAsync(campaign, schoolId, caller, ct);
        var system = await db.SystemOfAsync(campaign, ct);
        errors.When(system.Leaf(request.IndicatorCode) is null, "indicator_code", $"指标体系中没有观测点“{request.IndicatorCode}”").ThrowIfAny();

        var file = EvidenceFile.Accept(campaignId, schoolId, request.IndicatorCode, fileName, contentType!, request.Content.ToByteArray(), caller, clock.GetUtcNow());
        var same = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(
            e => e.CampaignId == campaignId && e.SchoolId == schoolId && e.IndicatorCode == file.IndicatorCode && e.Sha256 == file.Sha256, ct);
        if (same is not null)
        {
            return same.ToMessage();
        }
        db.Evidence.Add(file);
        await db.SaveOrRefuseAsync(CampaignCommands.ChangedConcurrently, new("evidence_uploaded_concurrently", "同一文件正在上传，请刷新查看"), ct);
        await tx.CommitAsync(ct);
        return file.ToMessage();
    }

    public async Task<EvidenceContent> GetAsync(GetEvidenceRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.EvidenceId, "evidence_id", "佐证材料");
        errors.ThrowIfAny();
        var file = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw new NotFoundException("佐证材料不存在", "evidence_not_found");
        var campaign = await db.GetCampaignAsync(file.CampaignId, ct);
        await db.EnsureCanReadAsync(campaign, await db.GetTargetAsync(file.CampaignId, file.SchoolId, ct), caller, ct);
        return new EvidenceContent { File = file.ToMessage(), Content = Google.Protobuf.ByteString.CopyFrom(file.Content) };
    }
}
