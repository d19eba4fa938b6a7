using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.Campaigns;

internal static class CampaignMessages
{
    /// <summary>The campaign as the caller sees it: the target count is of the targets in the caller's scope (all, for the city).</summary>
    public static async Task<Contracts.Campaign> ToMessageAsync(this QualityEvaluationDbContext db, Campaign c, Caller caller, CancellationToken ct)
    {
        var system = await db.IndicatorSystems.AsNoTracking().Where(s => s.Id == c.IndicatorSystemId).Select(s => new { s.Name, s.Version }).FirstAsync(ct);
        var targets = db.Targets.Where(t => t.CampaignId == c.Id);
        var count = caller.Organizes(c.OwnerPath)
            ? await targets.CountAsync(ct)
            : await targets.WhereWithin(caller.ScopePath, t => t.SchoolPath).CountAsync(ct);
        return new Contracts.Campaign
        {
            CampaignId = c.Id.ToString(), Name = c.Name, OwnerSchoolId = c.OwnerSchoolId.ToString(), IndicatorSystemId = c.IndicatorSystemId.ToString(),
            IndicatorSystemName = system.Name, IndicatorSystemVersion = system.Version, Tier = c.Tier, Phase = c.Phase,
            WindowStart = TimeInput.Format(c.WindowStart), WindowEnd = TimeInput.Format(c.WindowEnd), CombineRule = c.Combine,
            Thresholds = new GradeThresholds { Excellent = (double)c.Excellent, Good = (double)c.Good, Pass = (double)c.Pass },
            RectificationBelow = (double)c.RectificationBelow, RectificationDeadline = TimeInput.Format(c.RectificationDeadline), TargetCount = count,
            Round = c.Round, FinalizedAt = c.FinalizedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null, Etag = c.RowVersion,
        };
    }
}
