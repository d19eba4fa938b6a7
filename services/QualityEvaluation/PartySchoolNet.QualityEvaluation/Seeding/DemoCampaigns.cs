using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Campaigns;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.QualityEvaluation.Results;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.QualityEvaluation.Seeding;

/// <summary>
/// With <c>QualityEvaluation:SeedDemoCampaigns</c> on: once the demo tree has arrived (the city, its two template systems and
/// the demo evaluator are known, and no school came in the last poll), the city's campaigns of last year over its county and
/// its township schools are prepared in one transaction and then finalized by the real 定级, which ranks the schools, opens
/// the rectification items and announces the results; then 阜南's demo training-needs survey (<see cref="DemoSurvey"/>). A
/// restart resumes: a prepared campaign is finalized, a finalized one left.
/// </summary>
internal sealed class DemoCampaigns(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DemoCampaigns> logger) : BackgroundService
{
    private const string DemoEvaluator = "fy.evaluator";
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schoolsSeen = -1;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Poll, clock, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<QualityEvaluationDbContext>();
                var schools = await db.Schools.CountAsync(stoppingToken);
                (var settled, schoolsSeen) = (schools > 0 && schools == schoolsSeen, schools);
                if (settled && await RunAsync(scope.ServiceProvider, db, stoppingToken))
                {
                    return;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The demo campaigns could not be prepared yet; trying again");
            }
        }
    }

    /// <summary>False while what the campaigns need has not arrived.</summary>
    private async Task<bool> RunAsync(IServiceProvider services, QualityEvaluationDbContext db, CancellationToken ct)
    {
        var city = await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Tier == SchoolTier.City, ct);
        var evaluator = await db.Evaluators.AsNoTracking().FirstOrDefaultAsync(e => e.UserName == DemoEvaluator, ct);
        var systems = city is null ? [] : await db.IndicatorSystems.AsNoTracking().Where(s => s.OwnerSchoolId == city.Id).OrderBy(s => s.Tier).ToListAsync(ct);
        if (city is null || evaluator is null || systems.Count < 2)
        {
            return false;
        }
        var caller = new Caller("demo", "演示数据", city.Id, SchoolTier.City, city.Path, new HashSet<string>(CampaignAccess.OrganizerRoles));
        foreach (var system in systems)
        {
            var id = await PrepareAsync(db, city, system.Id, evaluator.Id, caller, ct);
            if (await db.Campaigns.AsNoTracking().AnyAsync(c => c.Id == id && c.Phase == CampaignPhase.Review, ct))
            {
                await services.GetRequiredService<Finalization>().FinalizeAsync(new CampaignTransitionRequest { CampaignId = id.ToString(), Reason = "演示数据" }, caller, ct);
            }
            db.ChangeTracker.Clear();
        }
        await DemoSurvey.SeedAsync(db, clock.GetUtcNow(), ct);
        return true;
    }

    /// <summary>The campaign of last year over the system's tier, made (one transaction, one maker at a time) if it is not there.</summary>
    private async Task<Guid> PrepareAsync(QualityEvaluationDbContext db, SchoolReplica city, Guid systemId, Guid evaluatorId, Caller caller, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('demo-campaigns'))", ct);
        var now = clock.GetUtcNow();
        var system = await db.IndicatorSystems.FirstAsync(s => s.Id == systemId, ct);
        var name = DemoCampaign.NameFor(system.Tier, now);
        if (await db.Campaigns.Where(c => c.OwnerSchoolId == city.Id && c.Name == name).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct) is { } existing)
        {
            return existing;
        }
        var tier = system.Tier == EvaluatedTier.County ? SchoolTier.County : SchoolTier.Township;
        var schools = await db.Schools.AsNoTracking().Where(s => s.Tier == tier).OrderBy(s => s.Path).ToListAsync(ct);
        var demo = new DemoCampaign(city, system, schools, evaluatorId, now);
        system.Freeze();
        db.Campaigns.Add(demo.Campaign);
        db.Targets.AddRange(demo.Targets);
        db.Assignments.AddRange(demo.Assignments);
        db.History.Add(demo.Campaign.MoveTo(CampaignPhase.SelfAssessment, false, caller, "演示数据", now));
        db.History.Add(demo.Campaign.MoveTo(CampaignPhase.Review, false, caller, "演示数据", now));
        db.Scores.AddRange(demo.Scores);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return demo.Campaign.Id;
    }
}
