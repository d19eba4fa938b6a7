using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.ServiceDefaults;

namespace PartySchoolNet.Messaging.Persistence;

public static class ServiceDatabase
{
    /// <summary>
    /// The service's own PostgreSQL database, from <c>ConnectionStrings:{connectionName}</c> (Aspire's naming),
    /// with snake_case names, the outbox signal, a readiness check, and <see cref="DbContext"/> as an alias
    /// so the shared outbox relay and consumers find it.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(
        this IHostApplicationBuilder builder, string connectionName, Action<DbContextOptionsBuilder>? configure = null)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"Set ConnectionStrings:{connectionName}.");

        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddDbContext<TContext>((sp, options) =>
        {
            options.UseNpgsql(connectionString).UseSnakeCaseNamingConvention();
            options.AddInterceptors(new OutboxSignalInterceptor(sp.GetRequiredService<OutboxSignal>()),
                new OutboxCommitInterceptor(sp.GetRequiredService<OutboxSignal>()));
            configure?.Invoke(options);
        });
        builder.Services.AddScoped<DbContext>(sp => sp.GetRequiredService<TContext>());
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ServiceDefaultsExtensions.ReadyTag]);
        return builder;
    }

    /// <summary>Applies the checked-in migrations before the service takes requests (creates the database if missing).</summary>
    public static async Task MigrateDatabaseAsync<TContext>(this WebApplication app) where TContext : DbContext
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TContext>().Database.MigrateAsync();
    }

    private sealed class DatabaseHealthCheck(DbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
            await db.Database.CanConnectAsync(ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
    }
}
