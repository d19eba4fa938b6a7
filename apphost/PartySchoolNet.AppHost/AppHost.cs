using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using PartySchoolNet.AppHost;
using PartySchoolNet.AppHost.Infrastructure;
using PartySchoolNet.AppHost.Services;
using PartySchoolNet.ServiceDefaults;

var builder = DistributedApplication.CreateBuilder(args);
var settings = PlatformSettings.From(builder.Configuration, builder.AppHostDirectory);
var demo = settings.SeedDemoNetwork;

// PostgreSQL and RabbitMQ come from the OS packages: installed (as root, with apt) before anything starts.
if (!PackageInstall.Succeeded(settings))
{
    return 1;
}
var postgres = builder.AddLocalPostgres("postgres", settings);
var messaging = builder.AddLocalRabbitMq("messaging", settings);

var identity = builder.AddService<Projects.PartySchoolNet_Identity>(PlatformServices.Identity.Name, settings)
    .WithDatabase(postgres).WithMessaging(messaging)
    .WithSwitch("Identity__SeedDemoNetwork", demo)
    .WithEnvironment("Identity__KeyDirectory", Path.Combine(settings.DataDirectory, "identity-keys"));

// Each domain service validates tokens with the keys in Identity's discovery document.
IResourceBuilder<ServiceResource> DomainService<TProject>(string name) where TProject : IProjectMetadata, new() =>
    builder.AddService<TProject>(name, settings).WithDatabase(postgres).WithMessaging(messaging).WithReference(identity);

var facultyPool = DomainService<Projects.PartySchoolNet_FacultyPool>(PlatformServices.FacultyPool.Name).WithSwitch("FacultyPool__SeedDemoPool", demo);
var siteResources = DomainService<Projects.PartySchoolNet_SiteResources>(PlatformServices.SiteResources.Name).WithSwitch("SiteResources__SeedDemoCatalogue", demo);

// Enrollment dispatches 送教下基层 through FacultyPool and SiteResources, acting for the approving county with a service
// token from Identity. The secret is made for this run: Identity takes whatever its configuration says at each start.
var serviceSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
identity.WithEnvironment("Identity__ServiceClients__enrollment", serviceSecret);
var enrollment = DomainService<Projects.PartySchoolNet_Enrollment>(PlatformServices.Enrollment.Name).WithSwitch("Enrollment__SeedDemoData", demo)
    .WithReference(facultyPool).WithReference(siteResources).WithEnvironment("Outreach__ServiceClientSecret", serviceSecret);

IResourceBuilder<ServiceResource>[] consumers =
[
    enrollment, facultyPool, siteResources,
    DomainService<Projects.PartySchoolNet_QualityEvaluation>(PlatformServices.QualityEvaluation.Name).WithSwitch("QualityEvaluation__SeedDemoCampaigns", demo),
    DomainService<Projects.PartySchoolNet_Reporting>(PlatformServices.Reporting.Name),
];

// The portal signs people in through Identity's code flow as a confidential client (a secret made for this run, like the
// service identity's) and calls the services through the gateway's gRPC port with each person's token.
var portalSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
identity.WithEnvironment("Identity__PortalClientSecret", portalSecret);
var portal = builder.AddService<Projects.PartySchoolNet_Portal>("portal", settings).WithReference(identity)
    .WithEnvironment("Portal__ClientSecret", portalSecret)
    .WithEnvironment("Portal__Gateway", "http://127.0.0.1:" + settings.GatewayGrpcPort.ToString(CultureInfo.InvariantCulture));

// A service is healthy once its queues are bound. Identity publishes the demo tree at its first start, and on a fresh broker
// events reach only queues that exist: so Identity waits for every consumer. The gateway starts beside Identity.
var gateway = builder.AddService<Projects.PartySchoolNet_Gateway>("gateway", settings, settings.GatewayHttpPort, settings.GatewayGrpcPort)
    .WithReference(identity).WithReference(portal);
foreach (var consumer in consumers)
{
    identity.WaitFor(consumer);
    gateway.WithReference(consumer).WaitFor(consumer);
}

builder.Services.AddSingleton(settings);
var outcome = new StartupOutcome();
StartupReport.WatchFromStart(builder, outcome);
try
{
    await builder.Build().RunAsync();
}
catch (OperationCanceledException) when (outcome.Failed)
{
    // Stopped while starting, after a failure that was already reported in one line.
}
return Environment.ExitCode;
