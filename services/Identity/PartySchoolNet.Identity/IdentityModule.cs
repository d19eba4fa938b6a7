using Microsoft.AspNetCore.Identity;
using PartySchoolNet.Identity.Accounts;
using PartySchoolNet.Identity.Auth;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.Identity.Schools;
using PartySchoolNet.Identity.Security;
using PartySchoolNet.Identity.Seeding;
using PartySchoolNet.Messaging;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceDefaults;
using PartySchoolNet.ServiceDefaults.Addresses;
using PartySchoolNet.ServiceDefaults.Grpc;

namespace PartySchoolNet.Identity;

internal static class IdentityModule
{
    public static WebApplicationBuilder AddIdentityService(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.AddGatewayForwarding();
        builder.AddGrpcDefaults();
        builder.AddServiceDatabase<IdentityDbContext>("identitydb");
        builder.AddMessaging(PlatformServices.Identity.Name);
        builder.AddTokenServer();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        builder.Services.AddScoped<RegisterSchool>();
        builder.Services.AddScoped<UpdateSchool>();
        builder.Services.AddScoped<GetSchool>();
        builder.Services.AddScoped<ListSchools>();
        builder.Services.AddScoped<CreateAccount>();
        builder.Services.AddScoped<ListAccounts>();
        builder.Services.AddScoped<RegisterIntegratorClient>();
        builder.Services.AddScoped<DemoNetwork>();
        builder.Services.Configure<SignInPolicy>(builder.Configuration.GetSection("Identity:SignIn"));
        builder.Services.AddScoped<AccountGuard>();
        builder.Services.AddScoped<AddressGuard>();
        builder.Services.AddScoped<AddressSlowdowns>();
        builder.Services.AddScoped<PasswordCheck>();
        builder.Services.AddScoped<RefreshGrant>();
        builder.Services.AddScoped<AccountAdministration>();
        builder.Services.AddScoped<ListSecurityEvents>();
        builder.Services.AddSecurityEventRetention();
        return builder;
    }
}
