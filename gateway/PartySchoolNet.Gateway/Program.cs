using PartySchoolNet.Gateway;
using PartySchoolNet.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddTokenAuthentication();
builder.AddClientRateLimiting();
builder.AddRequestSizeLimit();
builder.AddGatewayReflection();
builder.Services.AddReverseProxy().LoadFromMemory(GatewayRoutes.Routes(), GatewayRoutes.Clusters())
    .AddServiceDiscoveryDestinationResolver();

var app = builder.Build();
app.UseServiceDefaults();
app.UseRequestSizeLimit();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapDefaultEndpoints();
app.MapGatewayReflection();
app.MapReverseProxy();
await app.RunAsync();
