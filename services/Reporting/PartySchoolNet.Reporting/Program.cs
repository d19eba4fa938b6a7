using PartySchoolNet.Reporting.Data;
using PartySchoolNet.Reporting.Features.Overview;
using PartySchoolNet.SchoolTree;

var builder = WebApplication.CreateBuilder(args);
builder.AddDomainService<ReportingDbContext>("reporting", bus => bus.AddConsumer<SchoolCountConsumer>());

var app = builder.Build();
await app.RunDomainServiceAsync<ReportingDbContext>(map => map.MapGrpcService<ReportingGrpcService>());
