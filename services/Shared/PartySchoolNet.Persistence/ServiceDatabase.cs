using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartySchoolNet.ServiceDefaults;

namespace PartySchoolNet.Persistence;

public static class ServiceDatabase
{
    /// <summary>
    /// The service's own PostgreSQL database, from <c>ConnectionStrings:{connectionName}</c> (Aspire's naming),
    /// with snake_case names, every <see cref="IInterceptor"/> registered (the outbox's signal), a readiness check, and
    /// <see cref="DbContext"/> as an alias so the shared outbox relay and consumers find it.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(
        this IHostApplicationBuilder builder, string connectionName, Action<DbContextOptionsBuilder>? configure = null)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"Set ConnectionStrings:{connectionName}.");

        // Pooled contexts with options built once: per request EF only resets a context instead of building its services.
        builder.Services.AddDbContextPool<TContext>((services, options) =>
        {
            options.UseNpgsql(Tuned(connectionString)).UseSnakeCaseNamingConvention();
            options.AddInterceptors(services.GetServices<IInterceptor>());
            configure?.Invoke(options);
        });
        builder.Services.AddScoped<DbContext>(sp => sp.GetRequiredService<TContext>());
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ServiceDefaultsExtensions.ReadyTag]);
        return builder;
    }

    /// <summary>
    /// No session state is ever left on a connection (locks and settings are transaction-scoped), so returning one to
    /// the pool skips the <c>DISCARD ALL</c> round trip; the hot statements are prepared once per connection.
    /// </summary>
    private static string Tuned(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true, MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 }.ConnectionString;

    /// <summary>Creates the database if missing, then applies the checked-in migrations before the service takes requests.</summary>
    public static async Task MigrateDatabaseAsync<TContext>(this WebApplication app) where TContext : DbContext
    {
        await using var scope = app.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TContext>().Database;
        await CreateIfMissingAsync(database.GetConnectionString()!);
        await database.MigrateAsync();
    }

    /// <summary>Asks the server's catalogue rather than trying to connect, so a first start logs no connection error.</summary>
    private static async Task CreateIfMissingAsync(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? throw new InvalidOperationException("The connection string names no database.");
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = name } } };
        if (await exists.ExecuteScalarAsync() is not null)
        {
            return;
        }
        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance of the service created it first.
        }
    }

    private sealed class DatabaseHealthCheck(DbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
            await db.Database.CanConnectAsync(ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
    }
}
