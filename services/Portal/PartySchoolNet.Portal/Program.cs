using System.Globalization;
using PartySchoolNet.Portal;
using PartySchoolNet.Portal.Auth;
using PartySchoolNet.Portal.Components;
using PartySchoolNet.ServiceDefaults;
using PartySchoolNet.ServiceDefaults.Addresses;

// People read Chinese dates and numbers whatever the server's own culture.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayForwarding();
builder.AddPortalSignIn();
builder.AddGatewayClients();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddAntDesign();

var app = builder.Build();
app.UseGatewayForwarding();
app.UseServiceDefaults();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapDefaultEndpoints();
app.MapStaticAssets().AllowAnonymous();
app.MapPortalSignIn();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
await app.RunAsync();
