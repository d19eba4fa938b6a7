using System.Text.RegularExpressions;
using Npgsql;

namespace PartySchoolNet.Benchmarks.Measure;

/// <summary>PostgreSQL's own rate for one-row inserts, 8 clients, each its own transaction: what the server can commit here.</summary>
internal static partial class Pgbench
{
    public static async Task<double> InsertsPerSecondAsync(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("DROP TABLE IF EXISTS bench_inserts; CREATE TABLE bench_inserts (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), note text)", connection);
            await create.ExecuteNonQueryAsync();
        }
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script, "INSERT INTO bench_inserts (note) VALUES ('seat');\n");
        try
        {
            var output = await LoadTools.RunAsync(PgbenchBinary(), "-n", "-c", "8", "-j", "2", "-T", $"{(int)LoadTools.Duration.TotalSeconds}", "-f", script,
                "-h", target.Host!, "-p", $"{target.Port}", "-U", target.Username!, target.Database!);
            return LoadTools.Number(Tps(), output, "tps");
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string PgbenchBinary() =>
        Directory.EnumerateFiles("/usr/lib/postgresql", "pgbench", SearchOption.AllDirectories).Order().LastOrDefault()
            ?? throw new InvalidOperationException("pgbench is missing: it comes with Debian's postgresql package.");

    [GeneratedRegex(@"tps = ([\d.]+)")]
    private static partial Regex Tps();
}
