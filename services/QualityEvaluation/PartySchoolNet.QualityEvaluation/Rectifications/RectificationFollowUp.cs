using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;
using PartySchoolNet.QualityEvaluation.Campaigns;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.Rectifications;

/// <summary>Rectification items (整改): the school reports on them, the city closes them; each within its scope.</summary>
internal sealed class RectificationFollowUp(QualityEvaluationDbContext db, TimeProvider clock)
{
    private static readonly Refusal ChangedConcurrently = new("rectification_changed_concurrently", "整改事项已被他人更新，请刷新后重试");

    public async Task<ListRectificationsResponse> ListAsync(ListRectificationsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var campaignId = errors.Id(request.CampaignId, "campaign_id", "评估批次", required: false);
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        var page = errors.Page(request.PageSize, request.PageToken, 100, 1000);
        errors.ThrowIfAny();

        var query = db.Rectifications.AsNoTracking().WhereWithin(caller.ScopePath, r => r.SchoolPath);
        query = campaignId == Guid.Empty ? query : query.Where(r => r.CampaignId == campaignId);
        query = schoolId == Guid.Empty ? query : query.Where(r => r.SchoolId == schoolId);
        query = request.Status == RectificationStatus.Unspecified ? query : query.Where(r => r.Status == request.Status);
        var today = Today();
        query = request.OverdueOnly ? query.Where(Rectification.OverdueOn(today)) : query;
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(r => r.SchoolPath).ThenBy(r => r.IndicatorCode).Skip(page.Offset).Take(page.Size).ToListAsync(ct);
        var response = new ListRectificationsResponse { TotalCount = total, NextPageToken = page.NextToken(total) };
        response.Rectifications.Add(rows.Select(r => ToMessage(r, today)));
        return response;
    }

    public async Task<Contracts.Rectification> ReportAsync(ReportRectificationRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.RectificationId, "rectification_id", "整改事项");
        var text = request.Text.Trim();
        errors.Required(text, "text", "整改情况").When(text.Length > 2000, "text", "整改情况不能超过2000个字符").ThrowIfAny();

        var item = await FindAsync(id, ct);
        if (caller.SchoolId != item.SchoolId || !caller.IsInRole(Roles.SchoolAdmin))
        {
            throw new ForbiddenException("只有被评估学校的管理员可以报送整改情况");
        }
        item.Report(text, caller, clock.GetUtcNow());
        await db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
        return ToMessage(item, Today());
    }

    public async Task<Contracts.Rectification> CloseAsync(CloseRectificationRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.RectificationId, "rectification_id", "整改事项");
        var note = request.Note.Trim();
        errors.When(note.Length > 1000, "note", "销号意见不能超过1000个字符").ThrowIfAny();

        var item = await FindAsync(id, ct);
        var campaign = await db.GetCampaignAsync(item.CampaignId, ct);
        caller.EnsureOrganizes(campaign.OwnerPath);
        item.Close(note, caller, clock.GetUtcNow());
        db.AddEvent(item.Closed());
        await db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
        return ToMessage(item, Today());
    }

    private async Task<Rectification> FindAsync(Guid id, CancellationToken ct) =>
        await db.Rectifications.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("整改事项不存在", "rectification_not_found");

    private DateOnly Today() => ChinaTime.Day(clock.GetUtcNow());

    private static Contracts.Rectification ToMessage(Rectification r, DateOnly today)
    {
        var message = new Contracts.Rectification
        {
            RectificationId = r.Id.ToString(), CampaignId = r.CampaignId.ToString(), SchoolId = r.SchoolId.ToString(), SchoolName = r.SchoolName,
            IndicatorCode = r.IndicatorCode, IndicatorTitle = r.IndicatorTitle, Score = (double)r.Score, Weight = (double)r.Weight,
            Finding = r.Finding, Deadline = TimeInput.Format(r.Deadline), Status = r.Status, CloseNote = r.CloseNote,
            ClosedAt = r.ClosedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
            Overdue = r.IsOverdueOn(today),
        };
        message.Reports.Add(r.Reports.Select(p => new Contracts.RectificationReport { Text = p.Text, ReportedBy = p.ReportedBy, At = Timestamp.FromDateTimeOffset(p.At) }));
        return message;
    }
}
