using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Coverage;
using PartySchoolNet.Reporting.Evaluation;
using PartySchoolNet.Reporting.EventLog;
using PartySchoolNet.Reporting.InstructorUse;
using PartySchoolNet.Reporting.Outreach;
using PartySchoolNet.Reporting.SiteUse;
using PartySchoolNet.Reporting.TrainingVolume;
using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.Reporting.Rebuild;

/// <summary>
/// Empties a report's tables and folds every stored fact into them again, in one transaction. The tables are locked first:
/// a fact consumed meanwhile either committed before (and is replayed) or waits and is added after, never lost or doubled.
/// </summary>
internal sealed class RebuildReport(DbContext db)
{
    /// <summary>The statement that locks and empties the report's tables, and the replay that fills them again.</summary>
    private sealed record Report(string Clear, Func<DbContext, CancellationToken, Task<int>> Replay);

    private static readonly Dictionary<string, Report> Reports = new()
    {
        ["training_volume"] = new("LOCK TABLE training_volume, training_volume_months IN EXCLUSIVE MODE; DELETE FROM training_volume; DELETE FROM training_volume_months", (db, ct) => ReplayTogetherAsync<ClassCompleted>(db, VolumeFold.AddAsync, ct)),
        ["instructor_use"] = new("LOCK TABLE instructors, taught_slots, instructor_ratings, instructor_rating_totals, instructor_years, stale_cells IN EXCLUSIVE MODE; "
            + "DELETE FROM instructors; DELETE FROM taught_slots; DELETE FROM instructor_ratings; DELETE FROM instructor_rating_totals; DELETE FROM instructor_years; "
            + "DELETE FROM stale_cells WHERE model = 'instructor_use'", async (db, ct) =>
            await ReplayAsync<InstructorRegistered>(db, (d, e, c) => InstructorUseFold.RememberAsync(d, e.Instructor, c), ct)
            + await ReplayAsync<InstructorChanged>(db, (d, e, c) => InstructorUseFold.RememberAsync(d, e.Instructor, c), ct)
            + await ReplayAsync<InstructorAssigned>(db, (d, e, c) => InstructorUseFold.AssignedAsync(d, e.Assignment, c), ct)
            + await ReplayAsync<AssignmentReleased>(db, (d, e, c) => InstructorUseFold.ReleasedAsync(d, e.Assignment, c), ct)
            + await ReplayAsync<InstructorRated>(db, InstructorUseFold.RatedAsync, ct)),
        ["coverage"] = new("LOCK TABLE cadres, cadre_credits, coverage_cells, stale_cells IN EXCLUSIVE MODE; "
            + "DELETE FROM cadres; DELETE FROM cadre_credits; DELETE FROM coverage_cells; DELETE FROM stale_cells WHERE model = 'coverage'", async (db, ct) =>
            await ReplayAsync<CadresChanged>(db, CoverageFold.RememberAsync, ct) + await ReplayTogetherAsync<ClassCompleted>(db, CoverageFold.CreditedAsync, ct)),
        ["outreach"] = new("LOCK TABLE outreach_requests IN EXCLUSIVE MODE; DELETE FROM outreach_requests", async (db, ct) =>
            await ReplayOutreachAsync<OutreachRequested>(db, OutreachStage.Of, ct)
            + await ReplayOutreachAsync<OutreachApproved>(db, OutreachStage.Of, ct)
            + await ReplayOutreachAsync<OutreachScheduled>(db, OutreachStage.Of, ct)
            + await ReplayOutreachAsync<OutreachDelivered>(db, OutreachStage.Of, ct)
            + await ReplayOutreachAsync<OutreachDeclined>(db, OutreachStage.Of, ct)
            + await ReplayOutreachAsync<OutreachWithdrawn>(db, OutreachStage.Of, ct)),
        ["evaluation"] = new("LOCK TABLE campaigns, campaign_results, campaign_indicator_scores, rectifications IN EXCLUSIVE MODE; "
            + "DELETE FROM campaigns; DELETE FROM campaign_results; DELETE FROM campaign_indicator_scores; DELETE FROM rectifications", async (db, ct) =>
            await ReplayAsync<CampaignFinalized>(db, EvaluationFold.FinalizedAsync, ct)
            + await ReplayAsync<RectificationOpened>(db, EvaluationFold.OpenedAsync, ct)
            + await ReplayAsync<RectificationClosed>(db, EvaluationFold.ClosedAsync, ct)),
        ["site_use"] = new("LOCK TABLE sites, site_bookings, site_years, stale_cells IN EXCLUSIVE MODE; DELETE FROM sites; DELETE FROM site_bookings; "
            + "DELETE FROM site_years; DELETE FROM stale_cells WHERE model = 'site_use'", async (db, ct) =>
            await ReplayAsync<SiteRegistered>(db, (d, e, c) => SiteUseFold.RememberAsync(d, e.Site, c), ct)
            + await ReplayAsync<SiteChanged>(db, (d, e, c) => SiteUseFold.RememberAsync(d, e.Site, c), ct)
            + await ReplayAsync<SiteBooked>(db, (d, e, c) => SiteUseFold.BookedAsync(d, e.Booking, c), ct)
            + await ReplayAsync<SiteBookingCancelled>(db, (d, e, c) => SiteUseFold.CancelledAsync(d, e.Booking, c), ct)),
    };

    public async Task<RebuildReportResponse> HandleAsync(RebuildReportRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(Roles.NetworkAdmin);
        if (!Reports.TryGetValue(request.Report, out var report))
        {
            new FieldErrors().Add("report", $"未知的报表“{request.Report}”，可重建：{string.Join("、", Reports.Keys)}").ThrowIfAny();
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(report!.Clear, ct);
        var events = await report.Replay(db, ct);
        await tx.CommitAsync(ct);
        return new RebuildReportResponse { Report = request.Report, Events = events };
    }

    private static Task<int> ReplayAsync<TEvent>(DbContext db, Func<DbContext, TEvent, CancellationToken, Task> fold, CancellationToken ct) =>
        ReplayTogetherAsync<TEvent>(db, async (d, facts, c) =>
        {
            foreach (var fact in facts)
            {
                await fold(d, fact, c);
            }
        }, ct);

    /// <summary>Folds the stored facts in the order they happened, many per statement where the fold takes them so.</summary>
    private static async Task<int> ReplayTogetherAsync<TEvent>(DbContext db, Func<DbContext, IReadOnlyList<TEvent>, CancellationToken, Task> fold, CancellationToken ct)
    {
        var facts = await db.ReplayAsync<TEvent>(ct);
        foreach (var chunk in facts.Chunk(500))
        {
            await fold(db, chunk, ct);
        }
        return facts.Count;
    }

    private static Task<int> ReplayOutreachAsync<TEvent>(DbContext db, Func<TEvent, OutreachStage> stage, CancellationToken ct) =>
        ReplayAsync<TEvent>(db, (d, e, c) => OutreachFold.ApplyAsync(d, stage(e), c), ct);
}
