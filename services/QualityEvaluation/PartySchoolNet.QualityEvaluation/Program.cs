using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.SchoolTree;

var builder = WebApplication.CreateBuilder(args);
builder.AddDomainService<QualityEvaluationDbContext>("quality-evaluation");

var app = builder.Build();
await app.RunDomainServiceAsync<QualityEvaluationDbContext>();
