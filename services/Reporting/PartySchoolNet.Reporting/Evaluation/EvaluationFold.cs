using Microsoft.EntityFrameworkCore;
using PartySchoolNet.QualityEvaluation.Contracts;

namespace PartySchoolNet.Reporting.Evaluation;

/// <summary>
/// How the evaluation tables change, live or rebuilt, in any order: a campaign keeps its latest round (an earlier round seen
/// late changes nothing that counts), and a rectification's closing holds whether it is seen before or after its opening.
/// </summary>
public static class EvaluationFold
{
    public static async Task FinalizedAsync(DbContext db, CampaignFinalized f, CancellationToken ct)
    {
        var (tier, at) = (f.Tier.ToString(), f.OccurredAt.ToUniversalTime());
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO campaigns (campaign_id, name, tier, round, finalized_at) VALUES ({f.CampaignId}, {f.Name}, {tier}, {f.Round}, {at})
            ON CONFLICT (campaign_id) DO UPDATE SET name = excluded.name, tier = excluded.tier, round = excluded.round, finalized_at = excluded.finalized_at
            WHERE campaigns.round < excluded.round
            """, ct);
        var o = f.Outcomes;
        Guid[] schools = [.. o.Select(x => x.SchoolId)];
        string[] paths = [.. o.Select(x => x.SchoolPath)], grades = [.. o.Select(x => x.Grade.ToString())];
        decimal[] totals = [.. o.Select(x => x.Total)];
        int[] ranks = [.. o.Select(x => x.Rank)];
        bool[] vetoes = [.. o.Select(x => x.Vetoed)];
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO campaign_results (campaign_id, school_id, round, school_path, total, grade, rank, vetoed)
            SELECT {f.CampaignId}, u.school_id, {f.Round}, u.school_path, u.total, u.grade, u.rank, u.vetoed
            FROM unnest({schools}, {paths}, {totals}, {grades}, {ranks}, {vetoes}) AS u (school_id, school_path, total, grade, rank, vetoed)
            ON CONFLICT (campaign_id, school_id) DO UPDATE SET round = excluded.round, school_path = excluded.school_path, total = excluded.total,
                grade = excluded.grade, rank = excluded.rank, vetoed = excluded.vetoed
            WHERE campaign_results.round < excluded.round
            """, ct);

        var cells = o.SelectMany(x => (x.Indicators ?? []).Select(i => (x.SchoolId, Indicator: i))).ToList();
        Guid[] cellSchools = [.. cells.Select(c => c.SchoolId)];
        string[] codes = [.. cells.Select(c => c.Indicator.Code)], titles = [.. cells.Select(c => c.Indicator.Title)];
        decimal[] weights = [.. cells.Select(c => c.Indicator.Weight)], scores = [.. cells.Select(c => c.Indicator.Score)];
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO campaign_indicator_scores (campaign_id, school_id, code, round, title, weight, score)
            SELECT {f.CampaignId}, u.school_id, u.code, {f.Round}, u.title, u.weight, u.score
            FROM unnest({cellSchools}, {codes}, {titles}, {weights}, {scores}) AS u (school_id, code, title, weight, score)
            ON CONFLICT (campaign_id, school_id, code) DO UPDATE SET round = excluded.round, title = excluded.title, weight = excluded.weight, score = excluded.score
            WHERE campaign_indicator_scores.round < excluded.round
            """, ct);
    }

    public static Task OpenedAsync(DbContext db, RectificationOpened r, CancellationToken ct) => db.Database.ExecuteSqlAsync(
        $"""
        INSERT INTO rectifications (rectification_id, campaign_id, school_id, school_path, indicator_code, deadline)
        VALUES ({r.RectificationId}, {r.CampaignId}, {r.SchoolId}, {r.SchoolPath}, {r.IndicatorCode}, {r.Deadline})
        ON CONFLICT (rectification_id) DO UPDATE SET indicator_code = excluded.indicator_code, deadline = excluded.deadline
        """, ct);

    public static Task ClosedAsync(DbContext db, RectificationClosed r, CancellationToken ct)
    {
        var at = r.OccurredAt.ToUniversalTime();
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO rectifications (rectification_id, campaign_id, school_id, school_path, closed_at)
            VALUES ({r.RectificationId}, {r.CampaignId}, {r.SchoolId}, {r.SchoolPath}, {at})
            ON CONFLICT (rectification_id) DO UPDATE SET closed_at = LEAST(rectifications.closed_at, excluded.closed_at)
            """, ct);
    }
}
