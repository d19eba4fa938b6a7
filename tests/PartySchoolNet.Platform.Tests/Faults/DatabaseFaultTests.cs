using System.Diagnostics;
using Grpc.Core;
using Npgsql;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.Platform.Tests.Faults.FaultWorld;
using static PartySchoolNet.Platform.Tests.Faults.FaultyPlatformFixture;

namespace PartySchoolNet.Platform.Tests.Faults;

/// <summary>
/// Faults of PostgreSQL under the real processes: a crash under writes and a pause; each prints its counts. Waits marked
/// "outage" are the fault's own length, not synchronisation; everything else polls.
/// </summary>
[Collection(FaultTests.Name)]
[Trait("Category", "Faults")]
public sealed class DatabaseFaultTests(FaultyPlatformFixture platform)
{
    private readonly FaultWorld _world = new(platform);

    [Fact]
    public async Task PostgreSQL_crashing_under_a_stream_of_writes_keeps_every_acknowledged_write_with_its_event()
    {
        var identity = await _world.IdentityAsync();
        var county = await CountyIdAsync(identity, "yq");
        var attempts = Size(600, 3_000);
        var crashAt = new TaskCompletionSource();
        var done = 0;

        var writing = RegisterAsync(identity, county, "pg", Enumerable.Range(0, attempts), _ =>
        {
            if (Interlocked.Increment(ref done) == attempts / 4)
            {
                crashAt.TrySetResult();
            }
        });
        await crashAt.Task;
        await platform.Signals.CrashPostgresAsync();
        await Task.Delay(TimeSpan.FromSeconds(3)); // outage
        var clock = Stopwatch.StartNew();
        await platform.StartPostgresAsync();
        NpgsqlConnection.ClearAllPools(); // this test's own pooled connections died with the server
        var acknowledged = await writing;

        var stored = await _world.IdentityCountAsync("SELECT count(*) FROM schools WHERE code LIKE 'pg%'");
        var missing = await _world.IdentityCountAsync(
            $"SELECT {acknowledged.Count} - count(*) FROM schools WHERE id IN ({string.Join(',', acknowledged.Select(id => $"'{id}'"))})");
        var withoutEvent = await _world.IdentityCountAsync("""
            SELECT count(*) FROM schools s WHERE s.code LIKE 'pg%' AND NOT EXISTS
              (SELECT 1 FROM outbox_messages o WHERE o.message_type LIKE '%SchoolRegistered%' AND o.payload->>'code' = s.code)
            """);
        var eventWithoutRow = await _world.IdentityCountAsync("""
            SELECT count(*) FROM outbox_messages o WHERE o.message_type LIKE '%SchoolRegistered%' AND o.payload->>'code' LIKE 'pg%'
              AND NOT EXISTS (SELECT 1 FROM schools s WHERE s.code = o.payload->>'code')
            """);
        var doubledEvents = await _world.IdentityCountAsync("""
            SELECT count(*) FROM (SELECT payload->>'code' FROM outbox_messages WHERE message_type LIKE '%SchoolRegistered%'
              AND payload->>'code' LIKE 'pg%' GROUP BY 1 HAVING count(*) > 1) d
            """);
        var effects = await _world.EffectsWithinAsync("pg", stored, TimeSpan.FromMinutes(5));
        var recovery = clock.Elapsed;

        new FaultReport("PostgreSQL pg_ctl -m immediate under writes", attempts, acknowledged.Count, doubledEvents,
            missing + withoutEvent + eventWithoutRow + (stored * Consumers.Length - effects), recovery,
            $"{attempts - acknowledged.Count} refused during the outage; {stored} stored").Print();
        acknowledged.Count.ShouldBeLessThan(attempts, "some writes met the outage");
        missing.ShouldBe(0);
        withoutEvent.ShouldBe(0);
        eventWithoutRow.ShouldBe(0);
        doubledEvents.ShouldBe(0);
        effects.ShouldBe(stored * Consumers.Length);
    }

    [Fact]
    public async Task While_PostgreSQL_is_paused_calls_fail_within_their_deadline_and_all_recovers_without_a_restart()
    {
        var city = await platform.IdentityThroughGatewayAsync("fy.admin");
        var county = await CountyIdAsync(city, "js");
        var outcomes = new List<(StatusCode Status, TimeSpan Took)>();

        await platform.Signals.PausePostgresAsync();
        var outage = Stopwatch.StartNew();
        try
        {
            for (var i = 0; outage.Elapsed < TimeSpan.FromSeconds(12); i++)
            {
                outcomes.Add(await TimedAsync(() => city.ListSchoolsAsync(new ListSchoolsRequest(), deadline: DateTime.UtcNow.AddSeconds(5)).ResponseAsync));
                outcomes.Add(await TimedAsync(() => city.RegisterSchoolAsync(new RegisterSchoolRequest
                {
                    Code = $"sp{i:00}", Name = $"暂停演练{i}党校", Tier = SchoolTier.Township, ParentId = county,
                }, deadline: DateTime.UtcNow.AddSeconds(5)).ResponseAsync));
            }
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, 20 - outage.Elapsed.TotalSeconds))); // the rest of the outage
        }
        finally
        {
            await platform.Signals.ResumePostgresAsync();
        }
        var clock = Stopwatch.StartNew();
        var after = await Eventually.Until(async () =>
        {
            try
            {
                return await city.RegisterSchoolAsync(new RegisterSchoolRequest { Code = "sp99", Name = "恢复后党校", Tier = SchoolTier.Township, ParentId = county },
                    deadline: DateTime.UtcNow.AddSeconds(5));
            }
            catch (RpcException)
            {
                return null;
            }
        }, school => school is not null, TimeSpan.FromSeconds(30), "a write to succeed after SIGCONT");
        var effects = await _world.EffectsWithinAsync("sp99", 1, TimeSpan.FromSeconds(30));
        var recovery = clock.Elapsed;

        new FaultReport("PostgreSQL SIGSTOP 20 s, then SIGCONT", outcomes.Count + 1, effects, 0, Consumers.Length - effects, recovery,
            $"while paused: {string.Join(", ", outcomes.Select(o => $"{o.Status} in {o.Took.TotalSeconds:0.0} s"))}").Print();
        outcomes.ShouldAllBe(o => o.Status != StatusCode.OK && o.Took < TimeSpan.FromSeconds(7));
        after.ShouldNotBeNull();
        effects.ShouldBe(Consumers.Length);
        recovery.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    private static async Task<(StatusCode, TimeSpan)> TimedAsync(Func<Task> call)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await call();
            return (StatusCode.OK, clock.Elapsed);
        }
        catch (RpcException ex)
        {
            return (ex.StatusCode, clock.Elapsed);
        }
    }
}
