using Microsoft.EntityFrameworkCore;
using PartySchoolNet.SchoolTree;

namespace PartySchoolNet.QualityEvaluation.Data;

public sealed class QualityEvaluationDbContext(DbContextOptions<QualityEvaluationDbContext> options) : DomainDbContext(options);
