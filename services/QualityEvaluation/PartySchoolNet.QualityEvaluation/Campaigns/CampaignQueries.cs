using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.Campaigns;

internal sealed class CampaignQueries(QualityEvaluationDbContext db)
{
    public async Task<Contracts.Campaign> GetAsync(GetCampaignRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.CampaignId(request.CampaignId);
        errors.ThrowIfAny();
        return await db.ToMessageAsync(await db.GetVisibleCampaignAsync(id, caller, ct), caller, ct);
    }

    /// <summary>The city's campaigns for its organizers; otherwise those targeting the caller's scope or assigning the caller.</summary>
    public async Task<ListCampaignsResponse> ListAsync(ListCampaignsRequest request, Caller caller, CancellationToken ct)
    {
        var query = db.Campaigns.AsNoTracking();
        if (!caller.Organizes(caller.ScopePath))
        {
            var me = caller.AccountId();
            var targeted = db.Targets.WhereWithin(caller.ScopePath, t => t.SchoolPath).Select(t => t.CampaignId);
            var assigned = db.Assignments.Where(a => a.EvaluatorId == me).Select(a => a.CampaignId);
            query = query.Where(c => targeted.Contains(c.Id) || assigned.Contains(c.Id));
        }
        else
        {
            query = query.WhereWithin(caller.ScopePath, c => c.OwnerPath);
        }
        if (request.Phase != CampaignPhase.Unspecified)
        {
            query = query.Where(c => c.Phase == request.Phase);
        }
        var campaigns = await query.OrderByDescending(c => c.CreatedAt).Take(200).ToListAsync(ct);
        return new ListCampaignsResponse { Campaigns = { await db.ToMessagesAsync(campaigns, caller, ct) } };
    }

    /// <summary>Every assignment for the city's organizers; an evaluator's own otherwise.</summary>
    public async Task<ListAssignmentsResponse> ListAssignmentsAsync(ListAssignmentsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.CampaignId(request.CampaignId);
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        var page = errors.Page(request.PageSize, request.PageToken, 200, 1000);
        errors.ThrowIfAny();

        var campaign = await db.GetCampaignAsync(id, ct);
        var query = db.Assignments.AsNoTracking().Where(a => a.CampaignId == id && (schoolId == Guid.Empty || a.SchoolId == schoolId));
        if (!caller.Organizes(campaign.OwnerPath))
        {
            if (!await db.IsAssignedAsync(id, null, caller, ct))
            {
                throw new ForbiddenException("只有评估组织人员和被分配的评估专家可以查看评审分工");
            }
            var me = caller.AccountId();
            query = query.Where(a => a.EvaluatorId == me);
        }
        var rows = query
            .Join(db.Targets, a => new { a.CampaignId, a.SchoolId }, t => new { t.CampaignId, t.SchoolId }, (a, t) => new { a.EvaluatorId, t.SchoolId, t.SchoolName, t.SchoolPath })
            .Join(db.Evaluators, x => x.EvaluatorId, e => e.Id, (x, e) => new { x.SchoolId, x.SchoolName, x.SchoolPath, x.EvaluatorId, e.DisplayName });
        var total = await rows.CountAsync(ct);
        var response = new ListAssignmentsResponse { TotalCount = total, NextPageToken = page.NextToken(total) };
        var pageRows = await rows.OrderBy(r => r.SchoolPath).ThenBy(r => r.EvaluatorId).Skip(page.Offset).Take(page.Size).ToListAsync(ct);
        response.Assignments.Add(pageRows.Select(r => new Contracts.Assignment
        {
            SchoolId = r.SchoolId.ToString(), SchoolName = r.SchoolName, EvaluatorId = r.EvaluatorId.ToString(), EvaluatorName = r.DisplayName,
        }));
        return response;
    }

    public async Task<ListCampaignHistoryResponse> HistoryAsync(ListCampaignHistoryRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.CampaignId(request.CampaignId);
        errors.ThrowIfAny();
        await db.GetVisibleCampaignAsync(id, caller, ct);
        var entries = await db.History.AsNoTracking().Where(h => h.CampaignId == id).OrderBy(h => h.Id).ToListAsync(ct);
        var response = new ListCampaignHistoryResponse();
        response.Entries.Add(entries.Select(h => new CampaignHistoryEntry
        {
            From = h.From, To = h.To, ActorId = h.ActorId, ActorName = h.ActorName, Reason = h.Reason, At = Timestamp.FromDateTimeOffset(h.At),
        }));
        return response;
    }
}
