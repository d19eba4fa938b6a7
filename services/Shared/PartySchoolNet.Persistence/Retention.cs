using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartySchoolNet.ServiceDefaults.Time;

namespace PartySchoolNet.Persistence;

/// <summary>Rows of <paramref name="Table"/> whose <paramref name="Column"/> is older than <paramref name="Keep"/> are deleted.</summary>
public sealed partial record RetentionRule(string Table, string Column, TimeSpan Keep)
{
    public RetentionRule Validated() => Identifier().IsMatch(Table) && Identifier().IsMatch(Column) && Keep > TimeSpan.Zero
        ? this
        : throw new InvalidOperationException($"A retention rule needs a table, a column and a positive time to keep: {this}.");

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex Identifier();
}

public static class Retention
{
    /// <summary>
    /// Prunes a table of the service's database every <paramref name="interval"/>: the rows past the rule's age go, a batch
    /// at a time (no sweep holds long locks or one huge transaction). The rule is read once the service has started, so it
    /// may come from options.
    /// </summary>
    public static IServiceCollection AddRetention(
        this IServiceCollection services, Func<IServiceProvider, RetentionRule> rule, Func<IServiceProvider, TimeSpan> interval) =>
        services.AddSingleton<IHostedService>(sp => new RetentionSweeper(rule(sp).Validated(), interval(sp),
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RetentionSweeper>>()));
}

internal sealed class RetentionSweeper(RetentionRule rule, TimeSpan interval, IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionSweeper> logger)
    : Sweeper(clock, logger)
{
    private const int BatchSize = 5000;

    protected override TimeSpan Interval => interval;

    protected override async Task SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var before = Clock.GetUtcNow() - rule.Keep;
        // Table and column are checked identifiers from code, never input.
        var sql = $"DELETE FROM {rule.Table} WHERE ctid IN (SELECT ctid FROM {rule.Table} WHERE {rule.Column} < {{0}} LIMIT {BatchSize})";
        int deleted, total = 0;
        do
        {
            deleted = await db.Database.ExecuteSqlRawAsync(sql, [before], ct);
            total += deleted;
        }
        while (deleted == BatchSize);
        if (total > 0)
        {
            Logger.LogInformation("Deleted {Rows} rows of {Table} older than {Keep}", total, rule.Table, rule.Keep);
        }
    }
}
