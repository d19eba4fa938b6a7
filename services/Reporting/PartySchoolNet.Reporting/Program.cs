using PartySchoolNet.Reporting.Data;
using PartySchoolNet.Reporting.Features.Coverage;
using PartySchoolNet.Reporting.Features.Evaluation;
using PartySchoolNet.Reporting.Features.Exports;
using PartySchoolNet.Reporting.Features.InstructorUse;
using PartySchoolNet.Reporting.Features.Outreach;
using PartySchoolNet.Reporting.Features.Overview;
using PartySchoolNet.Reporting.Features.Rebuild;
using PartySchoolNet.Reporting.Features.SiteUse;
using PartySchoolNet.Reporting.Features.TrainingVolume;
using PartySchoolNet.SchoolTree;
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
