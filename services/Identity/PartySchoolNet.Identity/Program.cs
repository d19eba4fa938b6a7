using PartySchoolNet.Identity;
using PartySchoolNet.Identity.Auth;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.Identity.Grpc;
using PartySchoolNet.Identity.Seeding;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceDefaults;
using PartySchoolNet.ServiceDefaults.Addresses;
using PartySchoolNet.ServiceDefaults.Grpc;

var builder = WebApplication.CreateBuilder(args);
builder.AddIdentityService();

var app = builder.Build();
app.UseGatewayForwarding();
app.UseServiceDefaults();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapGrpcDefaults();
app.MapGrpcService<IdentityGrpcService>();
app.MapPost("/connect/token", TokenEndpoint.ExchangeAsync).AllowAnonymous().DisableAntiforgery();
app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizationEndpoint.AuthorizeAsync).AllowAnonymous().DisableAntiforgery();
app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizationEndpoint.LogoutAsync).AllowAnonymous().DisableAntiforgery();
app.MapGet("/connect/login", SignInPage.Show).AllowAnonymous();
app.MapPost("/connect/login", SignInPage.SubmitAsync).AllowAnonymous().DisableAntiforgery();

await app.MigrateDatabaseAsync<IdentityDbContext>();
await app.EnsureServiceClientsAsync();
await app.EnsurePortalClientAsync();
await app.SeedDemoNetworkIfConfiguredAsync();
await app.RunAsync();

/// <summary>Lets the test host (WebApplicationFactory) find this entry point.</summary>
public partial class Program;
