using System.Globalization;
using PartySchoolNet.Portal;
using PartySchoolNet.Portal.Auth;
using PartySchoolNet.Portal.Components;
using PartySchoolNet.ServiceDefaults;
using PartySchoolNet.ServiceDefaults.Addresses;

// People read Chinese dates and numbers whatever the server's own culture.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

var builder = WebApplication.CreateBuilder(args);
// The AppHost runs the build output, whose package and framework assets (blazor.web.js, Ant Design's) live in the NuGet cache
// and are found through the build's manifest in every environment, not only Development; a published portal has them in wwwroot.
builder.WebHost.UseStaticWebAssets();
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
