using PartySchoolNet.Reporting.Data;
using PartySchoolNet.Reporting.Features.Exports;
using PartySchoolNet.Reporting.Features.InstructorUse;
using PartySchoolNet.Reporting.Features.Overview;
using PartySchoolNet.Reporting.Features.Rebuild;
using PartySchoolNet.Reporting.Features.TrainingVolume;
using PartySchoolNet.SchoolTree;

var builder = WebApplication.CreateBuilder(args);
builder.AddDomainService<ReportingDbContext>("reporting", bus =>
{
    bus.AddConsumer<SchoolCountConsumer>();
    bus.AddConsumer<ClassCompletedConsumer>();
    bus.AddConsumer<InstructorRegisteredConsumer>();
    bus.AddConsumer<InstructorChangedConsumer>();
    bus.AddConsumer<InstructorAssignedConsumer>();
    bus.AddConsumer<AssignmentReleasedConsumer>();
    bus.AddConsumer<InstructorRatedConsumer>();
});
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddScoped<GetTrainingVolume>().AddScoped<GetInstructorUse>().AddScoped<RebuildReport>();

var app = builder.Build();
await app.RunDomainServiceAsync<ReportingDbContext>(map =>
{
    map.MapGrpcService<ReportingGrpcService>();
    map.MapReportExports();
});
