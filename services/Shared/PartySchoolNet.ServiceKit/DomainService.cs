using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Messaging;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceDefaults;
using PartySchoolNet.ServiceDefaults.Grpc;

namespace PartySchoolNet.ServiceKit;

/// <summary>What every domain service (all but Identity) is made of: defaults, tokens, gRPC, its database, events, the tree copy.</summary>
public static class DomainService
{
    public static WebApplicationBuilder AddDomainService<TContext>(
        this WebApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? consumers = null)
        where TContext : DbContext
    {
        builder.AddServiceDefaults();
        builder.AddTokenAuthentication();
        builder.AddGrpcDefaults();
        builder.AddServiceDatabase<TContext>(PlatformService.DatabaseOf(serviceName));
        builder.AddMessaging(serviceName, bus =>
        {
            bus.AddSchoolTreeReplica();
            consumers?.Invoke(bus);
        });
        return builder;
    }

    /// <summary>Migrates, maps the shared endpoints and runs; the service maps its own gRPC services in <paramref name="map"/>.</summary>
    public static async Task RunDomainServiceAsync<TContext>(this WebApplication app, Action<WebApplication>? map = null)
        where TContext : DbContext
    {
        app.UseServiceDefaults();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        app.MapGrpcDefaults();
        app.MapSchoolDirectory();
        map?.Invoke(app);
        await app.MigrateDatabaseAsync<TContext>();
        await app.RunAsync();
    }
}
