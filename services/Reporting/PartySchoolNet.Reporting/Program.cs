using PartySchoolNet.Reporting.Data;
using PartySchoolNet.Reporting.Coverage;
using PartySchoolNet.Reporting.Evaluation;
using PartySchoolNet.Reporting.Exports;
using PartySchoolNet.Reporting.Grpc;
using PartySchoolNet.Reporting.InstructorUse;
using PartySchoolNet.Reporting.Outreach;
using PartySchoolNet.Reporting.Overview;
using PartySchoolNet.Reporting.Rebuild;
using PartySchoolNet.Reporting.SiteUse;
using PartySchoolNet.Reporting.TrainingVolume;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddDomainService<ReportingDbContext>(PlatformServices.Reporting.Name, bus =>
{
    bus.AddConsumer<SchoolCountConsumer>();
    bus.AddConsumer<ClassCompletedConsumer>();
    bus.AddConsumer<CadresChangedConsumer>();
    bus.AddConsumer<InstructorRegisteredConsumer>();
    bus.AddConsumer<InstructorChangedConsumer>();
    bus.AddConsumer<InstructorAssignedConsumer>();
    bus.AddConsumer<AssignmentReleasedConsumer>();
    bus.AddConsumer<InstructorRatedConsumer>();
    bus.AddConsumer<OutreachRequestedConsumer>();
    bus.AddConsumer<OutreachApprovedConsumer>();
    bus.AddConsumer<OutreachScheduledConsumer>();
    bus.AddConsumer<OutreachDeliveredConsumer>();
    bus.AddConsumer<OutreachDeclinedConsumer>();
    bus.AddConsumer<OutreachWithdrawnConsumer>();
    bus.AddConsumer<CampaignFinalizedConsumer>();
    bus.AddConsumer<RectificationOpenedConsumer>();
    bus.AddConsumer<RectificationClosedConsumer>();
    bus.AddConsumer<SiteRegisteredConsumer>();
    bus.AddConsumer<SiteChangedConsumer>();
    bus.AddConsumer<SiteBookedConsumer>();
    bus.AddConsumer<SiteBookingCancelledConsumer>();
});
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddScoped<GetTrainingVolume>().AddScoped<GetInstructorUse>().AddScoped<GetOutreachReport>().AddScoped<GetEvaluationResults>().AddScoped<GetSiteUse>().AddScoped<GetCoverage>().AddScoped<GetOverview>().AddScoped<RebuildReport>();

var app = builder.Build();
await app.RunDomainServiceAsync<ReportingDbContext>(map =>
{
    map.MapGrpcService<ReportingGrpcService>();
    map.MapReportExports();
});
