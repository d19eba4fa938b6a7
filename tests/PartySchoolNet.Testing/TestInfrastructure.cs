using Npgsql;

namespace PartySchoolNet.Testing;

/// <summary>
/// The real PostgreSQL and RabbitMQ the test run started (tests/run.sh). Each test class gets its own database,
/// so classes run in parallel without seeing each other's rows.
/// </summary>
public static class TestInfrastructure
{
    public static string Postgres => Environment.GetEnvironmentVariable("PSN_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5434;Username=postgres";

    public static int PostgresPort => new NpgsqlConnectionStringBuilder(Postgres).Port;

    public static string RabbitMq => Environment.GetEnvironmentVariable("PSN_TEST_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5674/";

    /// <summary>A prefix for exchanges and queues (<c>Messaging:Prefix</c>): the hosts of one test class talk only to each other.</summary>
    public static string MessagingPrefix() => $"t{Guid.NewGuid():N}"[..13] + "-";

    public static string UniqueName(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 60)];

    public static string Database(string name) => new NpgsqlConnectionStringBuilder(Postgres) { Database = name }.ConnectionString;

    /// <summary>Drops a test database, closing whatever connections a stopped service left behind.</summary>
    public static Task DropDatabaseAsync(string name) => ExecuteAsync(Database("postgres"), $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is { } value and not DBNull ? (T)value : default!;
    }
}
