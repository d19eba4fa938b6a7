using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Messaging.Persistence;
using PartySchoolNet.SchoolTree;

namespace PartySchoolNet.QualityEvaluation.Data;

public sealed class QualityEvaluationDbContext(DbContextOptions<QualityEvaluationDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.AddOutboxAndInbox().AddSchoolTreeReplica();
}
