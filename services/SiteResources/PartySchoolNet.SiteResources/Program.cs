using PartySchoolNet.SiteResources.Data;
using PartySchoolNet.SchoolTree;

var builder = WebApplication.CreateBuilder(args);
builder.AddDomainService<SiteResourcesDbContext>("site-resources");

var app = builder.Build();
await app.RunDomainServiceAsync<SiteResourcesDbContext>();
