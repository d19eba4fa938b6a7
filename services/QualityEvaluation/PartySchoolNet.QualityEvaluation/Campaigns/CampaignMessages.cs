using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.QualityEvaluation.Data;

namespace PartySchoolNet.QualityEvaluation.Campaigns;

internal static class CampaignMessages
{
    /// <summary>The campaign as the caller sees it: the target count is of the targets in the caller's scope (all, for the city).</summary>
    public static async Task<Contracts.Campaign> ToMessageAsync(this QualityEvaluationDbContext db, Campaign c, Caller caller, CancellationToken ct) =>
        (await db.ToMessagesAsync([c], caller, ct))[0];

    /// <summary>Campaigns as the caller sees them, with two queries however many there are.</summary>
    public static async Task<List<Contracts.Campaign>> ToMessagesAsync(
        this QualityEvaluationDbContext db, IReadOnlyCollection<Campaign> campaigns, Caller caller, CancellationToken ct)
    {
        var ids = campaigns.Select(c => c.Id).ToArray();
        var systemIds = campaigns.Select(c => c.IndicatorSystemId).Distinct().ToArray();
        var systems = await db.IndicatorSystems.AsNoTracking().Where(s => systemIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.Version }).ToDictionaryAsync(s => s.Id, ct);
        var counts = await db.Targets.WhereWithin(caller.ScopePath, t => t.SchoolPath).Where(t => ids.Contains(t.CampaignId))
            .GroupBy(t => t.CampaignId).Select(g => new { CampaignId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.CampaignId, g => g.Count, ct);
        return [.. campaigns.Select(c => ToMessage(c, systems[c.IndicatorSystemId].Name, systems[c.IndicatorSystemId].Version, counts.GetValueOrDefault(c.Id)))];
    }

    private static Contracts.Campaign ToMessage(Campaign c, string systemName, int systemVersion, int count) =>
        new()
        {
            CampaignId = c.Id.ToString(), Name = c.Name, OwnerSchoolId = c.OwnerSchoolId.ToString(), IndicatorSystemId = c.IndicatorSystemId.ToString(),
            IndicatorSystemName = systemName, IndicatorSystemVersion = systemVersion, Tier = c.Tier, Phase = c.Phase,
            WindowStart = TimeInput.Format(c.WindowStart), WindowEnd = TimeInput.Format(c.WindowEnd), CombineRule = c.Combine,
            Thresholds = new GradeThresholds { Excellent = (double)c.Excellent, Good = (double)c.Good, Pass = (double)c.Pass },
            RectificationBelow = (double)c.RectificationBelow, RectificationDeadline = TimeInput.Format(c.RectificationDeadline), TargetCount = count,
            Round = c.Round, FinalizedAt = c.FinalizedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null, Etag = c.RowVersion,
        };
}
