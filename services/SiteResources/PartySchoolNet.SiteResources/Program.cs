using PartySchoolNet.ServiceKit;
using PartySchoolNet.SiteResources;
using PartySchoolNet.SiteResources.Data;
using PartySchoolNet.SiteResources.Grpc;

var builder = WebApplication.CreateBuilder(args);
builder.AddSiteResourcesService();

var app = builder.Build();
await app.RunDomainServiceAsync<SiteResourcesDbContext>(map => map.MapGrpcService<SiteResourcesGrpcService>());
