using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.QualityEvaluation.Indicators;

/// <summary>Gives a newly registered city the two template indicator systems (see <see cref="IndicatorTemplates"/>).</summary>
public sealed class TemplateSeeder(QualityEvaluationDbContext db, TimeProvider clock) : IdempotentConsumer<SchoolRegistered>(db)
{
    protected override async Task HandleAsync(SchoolRegistered message, CancellationToken ct)
    {
        if (message.Tier != SchoolTier.City || await db.IndicatorSystems.AnyAsync(s => s.OwnerSchoolId == message.SchoolId, ct))
        {
            return;
        }
        var city = SchoolReplica.From(message);
        foreach (var (code, name, tier, tree) in IndicatorTemplates.All)
        {
            var errors = new FieldErrors();
            var nodes = errors.Parse([.. tree]);
            errors.ThrowIfAny();
            db.IndicatorSystems.Add(IndicatorSystem.Create(city, code, 1, name, tier, nodes, clock.GetUtcNow()));
        }
    }
}
