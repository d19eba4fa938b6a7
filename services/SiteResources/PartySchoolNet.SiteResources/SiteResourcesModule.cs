using PartySchoolNet.Messaging;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.SiteResources.Bookings;
using PartySchoolNet.SiteResources.Data;
using PartySchoolNet.SiteResources.Search;
using PartySchoolNet.SiteResources.Seeding;
using PartySchoolNet.SiteResources.Sites;
using PartySchoolNet.SiteResources.Utilization;
using PartySchoolNet.ServiceDefaults;

namespace PartySchoolNet.SiteResources;

internal static class SiteResourcesModule
{
    public static WebApplicationBuilder AddSiteResourcesService(this WebApplicationBuilder builder)
    {
        var seedDemo = builder.Configuration.GetValue<bool>("SiteResources:SeedDemoCatalogue");
        builder.AddDomainService<SiteResourcesDbContext>(PlatformServices.SiteResources.Name, bus =>
        {
            if (seedDemo)
            {
                bus.AddDemoSeeder<DemoCatalogueConsumer>();
            }
        });
        builder.Services.Configure<DemoCatalogueOptions>(builder.Configuration.GetSection("SiteResources"));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<RegisterSite>();
        builder.Services.AddScoped<UpdateSite>();
        builder.Services.AddScoped<GetSite>();
        builder.Services.AddScoped<SearchSites>();
        builder.Services.AddScoped<GetSiteAvailability>();
        builder.Services.AddScoped<BookSite>();
        builder.Services.AddScoped<GetBooking>();
        builder.Services.AddScoped<ListBookings>();
        builder.Services.AddScoped<BookingDecisions>();
        builder.Services.AddScoped<CancelBooking>();
        builder.Services.AddScoped<ListSiteUtilization>();
        return builder;
    }
}
