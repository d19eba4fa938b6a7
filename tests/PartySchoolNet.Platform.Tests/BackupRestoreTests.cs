using Npgsql;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Platform.Tests;

/// <summary>deploy/local/backup.sh and restore.sh against the running platform, as an operator would use them.</summary>
[Collection(PlatformTests.Name)]
public sealed class BackupRestoreTests(PlatformFixture platform)
{
    private static readonly string[] Consumers = ["enrollment", "faculty-pool", "site-resources", "quality-evaluation", "reporting"];

    [Fact]
    public async Task A_backup_restored_over_wiped_databases_has_every_row_of_every_service_and_the_platform_serves_again()
    {
        await Eventually.Until(platform.BrokerIsIdleAsync, idle => idle, TimeSpan.FromMinutes(2), "every queue to drain");
        var before = await RowCountsAsync();
        var backup = Path.Combine(Path.GetTempPath(), TestInfrastructure.UniqueName("psn_backup"));
        try
        {
            await platform.RunScriptAsync("backup.sh", backup);
            foreach (var service in RunningPlatform.Services)
            {
                await platform.KillServiceAsync(service);
                await platform.DropDatabaseAsync(service);
            }

            var restored = await platform.RunScriptAsync("restore.sh", backup);
            NpgsqlConnection.ClearAllPools(); // this test's pooled connections died with the dropped databases
            var after = await RowCountsAsync();
            await platform.StartServicesAsync(Consumers);
            await platform.StartServiceAsync("identity");

            restored.ShouldContain($"Restored {RunningPlatform.Services.Count} databases");
            after.ShouldBe(before);
            before.Where(c => c.Key.EndsWith("/schools", StringComparison.Ordinal)).ShouldAllBe(c => c.Value >= 117);
            var city = await platform.IdentityThroughGatewayAsync("fy.admin");
            (await city.ListSchoolsAsync(new ListSchoolsRequest { PageSize = 1 })).TotalCount.ShouldBeGreaterThanOrEqualTo(117);
        }
        finally
        {
            Directory.Delete(backup, recursive: true);
        }
    }

    /// <summary>"service/table" → exact row count, for every table of every service database.</summary>
    private async Task<Dictionary<string, long>> RowCountsAsync()
    {
        var counts = new Dictionary<string, long>();
        foreach (var service in RunningPlatform.Services)
        {
            var database = platform.Database(service);
            var tables = await TestInfrastructure.ScalarAsync<string>(database,
                "SELECT string_agg(quote_ident(table_name), ',' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
            foreach (var table in tables.Split(','))
            {
                counts[$"{service}/{table.Trim('"')}"] = await TestInfrastructure.ScalarAsync<long>(database, $"SELECT count(*) FROM {table}");
            }
        }
        return counts;
    }
}
