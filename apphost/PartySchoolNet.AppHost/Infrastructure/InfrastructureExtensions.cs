using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RabbitMQ.Client;

namespace PartySchoolNet.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL and RabbitMQ as executables: Aspire's own integrations run them as containers, and this machine has no
/// container engine. Both listen on fixed loopback ports, so psql and the backup scripts find them.
/// </summary>
public static class InfrastructureExtensions
{
    /// <summary>The server creates its cluster on first start (initdb, about two seconds), then runs in the foreground.</summary>
    public static IResourceBuilder<PostgresServerResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name, PlatformSettings settings)
    {
        var directory = Path.Combine(settings.DataDirectory, "postgres");
        return builder.AddResource(new PostgresServerResource(name, settings.RepositoryRoot))
            .WithArgs(settings.Script("postgres.sh"), "run", directory)
            .WithEndpoint(name: "tcp", scheme: "tcp", port: settings.PostgresPort, targetPort: settings.PostgresPort, env: "PGPORT", isProxied: false)
            .WithEnvironment("PG_EXTRA_OPTS", settings.PostgresOptions)
            .WithConnectionHealthCheck(async (connectionString, ct) =>
            {
                await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false;Timeout=2");
                await connection.OpenAsync(ct);
            });
    }

    /// <summary>A database of the server, shown under it in the dashboard and running when the server is healthy.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> server, string name)
    {
        var database = server.ApplicationBuilder.AddResource(new PostgresDatabaseResource(name, server.Resource))
            .WithInitialState(new CustomResourceSnapshot { ResourceType = "PostgresDatabase", State = KnownResourceStates.Waiting, Properties = [] });
        server.OnResourceReady((_, e, ct) => e.Services.GetRequiredService<ResourceNotificationService>()
            .PublishUpdateAsync(database.Resource, s => s with { State = KnownResourceStates.Running }));
        return database;
    }

    public static IResourceBuilder<RabbitMqServerResource> AddLocalRabbitMq(this IDistributedApplicationBuilder builder, string name, PlatformSettings settings)
    {
        var port = settings.RabbitMqPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return builder.AddResource(new RabbitMqServerResource(name, settings.RepositoryRoot))
            .WithArgs(settings.Script("rabbitmq.sh"), "run", Path.Combine(settings.DataDirectory, "rabbitmq"), port)
            .WithEndpoint(name: "tcp", scheme: "tcp", port: settings.RabbitMqPort, targetPort: settings.RabbitMqPort, isProxied: false)
            .WithConnectionHealthCheck(async (connectionString, ct) =>
            {
                var factory = new ConnectionFactory { Uri = new Uri(connectionString), RequestedConnectionTimeout = TimeSpan.FromSeconds(2) };
                await using var connection = await factory.CreateConnectionAsync(ct);
            });
    }

    /// <summary>Healthy when a client really connects with the resource's connection string, not when a port merely answers.</summary>
    private static IResourceBuilder<T> WithConnectionHealthCheck<T>(this IResourceBuilder<T> resource, Func<string, CancellationToken, Task> connect)
        where T : IResourceWithConnectionString =>
        resource.WithPatientHealthCheck(async ct => await connect((await resource.Resource.ConnectionStringExpression.GetValueAsync(ct))!, ct));
}
