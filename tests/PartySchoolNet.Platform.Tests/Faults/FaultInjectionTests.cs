using System.Diagnostics;
using Grpc.Core;
using MassTransit;
using Npgsql;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.Platform.Tests.Faults.FaultWorld;

namespace PartySchoolNet.Platform.Tests.Faults;

/// <summary>
/// Faults against the real processes, each printing sent / effects / duplicates / lost / recovery time. The waits named
/// "outage" are the fault's own length, not synchronisation; everything else polls with a deadline.
/// </summary>
[Collection(FaultTests.Name)]
[Trait("Category", "Faults")]
public sealed class FaultInjectionTests(FaultyPlatformFixture platform)
{
    private readonly FaultWorld _world = new(platform);

    private static int Size(int ci, int full) => FaultyPlatformFixture.FullSize ? full : ci;

    [Fact]
    public async Task The_broker_killed_halfway_through_the_events_and_back_ten_seconds_later_loses_and_doubles_nothing()
    {
        var n = Size(1_000, 10_000);
        var identity = await _world.IdentityAsync();
        var county = await CountyIdAsync(identity, "lq");
        await _world.WaitForQuietBrokerAsync();
        var reportedBefore = await _world.ReportedTownshipsAsync("lq");
        var halfway = new TaskCompletionSource();
        var done = 0;

        var registering = RegisterAsync(identity, county, "bk", Enumerable.Range(0, n), _ =>
        {
            if (Interlocked.Increment(ref done) == n / 2)
            {
                halfway.TrySetResult();
            }
        });
        await halfway.Task;
        await platform.Signals.KillBrokerAsync();
        await Eventually.Until(BrokerAnswersAsync, answers => !answers, TimeSpan.FromSeconds(10), "the killed broker to stop answering");
        await Task.Delay(TimeSpan.FromSeconds(10)); // outage
        var clock = Stopwatch.StartNew(); // recovery counts from the restart command: under load the broker serves before the command returns
        await platform.StartBrokerAsync();
        var acknowledged = await registering;
        var effects = await _world.EffectsWithinAsync("bk", acknowledged.Count, TimeSpan.FromMinutes(Size(3, 10)));
        var recovery = clock.Elapsed;
        await _world.WaitForQuietBrokerAsync();
        var reported = await _world.ReportedTownshipsAsync("lq") - reportedBefore;

        var report = Report("broker SIGKILL mid-flow, back after 10 s", acknowledged.Count, effects, reported, recovery);
        acknowledged.Count.ShouldBe(n, "writes never wait for the broker: the outbox holds the events");
        report.Lost.ShouldBe(0);
        report.Duplicates.ShouldBe(0);
    }

    [Fact]
    public async Task A_consumer_killed_with_messages_in_flight_applies_each_exactly_once_after_restarting()
    {
        var n = Size(1_000, 5_000);
        var identity = await _world.IdentityAsync();
        var county = await CountyIdAsync(identity, "yd");
        await _world.WaitForQuietBrokerAsync();
        var reportedBefore = await _world.ReportedTownshipsAsync("yd");

        var registering = RegisterAsync(identity, county, "ck", Enumerable.Range(0, n));
        await Eventually.Until(() => _world.ReplicasAsync("reporting", "ck"), c => c >= n / 4, TimeSpan.FromMinutes(2), "reporting to be busy with the events");
        await platform.KillServiceAsync("reporting");
        var clock = Stopwatch.StartNew();
        await platform.StartServiceAsync("reporting");
        var acknowledged = await registering;
        var effects = await _world.EffectsWithinAsync("ck", acknowledged.Count, TimeSpan.FromMinutes(Size(3, 10)));
        var recovery = clock.Elapsed;
        await _world.WaitForQuietBrokerAsync();
        var reported = await _world.ReportedTownshipsAsync("yd") - reportedBefore;

        var report = Report("consumer (reporting) SIGKILL in flight", acknowledged.Count, effects, reported, recovery);
        report.Lost.ShouldBe(0);
        report.Duplicates.ShouldBe(0);
    }

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
        await platform.Infrastructure.StartPostgresAsync();
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
        var effects = await _world.EffectsWithinAsync("pg", stored, TimeSpan.FromMinutes(3));
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
    public async Task While_the_broker_is_paused_writes_still_succeed_in_time_and_their_events_arrive_after_it_resumes()
    {
        var identity = await _world.IdentityAsync();
        var county = await CountyIdAsync(identity, "th");
        var n = Size(100, 500);

        await platform.Signals.PauseBrokerAsync();
        IReadOnlyCollection<string> acknowledged;
        var writes = Stopwatch.StartNew();
        try
        {
            acknowledged = await RegisterAsync(identity, county, "sb", Enumerable.Range(0, n));
            writes.Stop();
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, 20 - writes.Elapsed.TotalSeconds))); // the rest of the outage
        }
        finally
        {
            await platform.Signals.ResumeBrokerAsync();
        }
        var clock = Stopwatch.StartNew();
        var effects = await _world.EffectsWithinAsync("sb", acknowledged.Count, TimeSpan.FromSeconds(30));
        var recovery = clock.Elapsed;

        var report = Report("broker SIGSTOP 20 s, then SIGCONT", n, effects, reported: acknowledged.Count, recovery,
            $"{acknowledged.Count} of {n} writes done while paused, in {writes.Elapsed.TotalSeconds:0.0} s");
        acknowledged.Count.ShouldBe(n);
        report.Lost.ShouldBe(0);
        recovery.ShouldBeLessThan(TimeSpan.FromSeconds(30));
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

    [Fact]
    public async Task A_poison_message_goes_to_the_error_queues_after_its_retries_and_the_events_behind_it_still_flow()
    {
        var identity = await _world.IdentityAsync();
        var county = await CountyIdAsync(identity, "ys");
        await _world.WaitForQuietBrokerAsync();
        var errorsBefore = await ErrorMessagesAsync();

        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(new Uri(platform.Layout.RabbitMqUri)));
        await bus.StartAsync();
        try
        {
            await bus.Publish(new SchoolRegistered
            {
                SchoolId = Guid.NewGuid(), Code = "poison", Name = null!, Tier = SchoolTier.Township, Path = null!, Version = 1, OccurredAt = DateTimeOffset.UtcNow,
            });
        }
        finally
        {
            await bus.StopAsync();
        }
        var clock = Stopwatch.StartNew();
        var behind = await RegisterAsync(identity, county, "pz", [1]);
        var effects = await _world.EffectsWithinAsync("pz", behind.Count, TimeSpan.FromSeconds(60));
        var recovery = clock.Elapsed;
        var dead = await Eventually.Until(async () => await ErrorMessagesAsync() - errorsBefore, n => n >= Consumers.Length,
            TimeSpan.FromSeconds(60), "the poison message in every consumer's error queue");

        new FaultReport("poison message", 2, effects, 0, Consumers.Length - effects, recovery, $"poison in {dead} error queue(s)").Print();
        effects.ShouldBe(Consumers.Length);
        dead.ShouldBeGreaterThanOrEqualTo(Consumers.Length);
    }

    private async Task<bool> BrokerAnswersAsync()
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        try
        {
            await tcp.ConnectAsync("127.0.0.1", platform.Layout.RabbitMqPort);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private async Task<long> ErrorMessagesAsync() =>
        (await platform.Infrastructure.QueuesAsync()).Where(q => q.Name.EndsWith("_error", StringComparison.Ordinal)).Sum(q => (long)q.Ready);

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

    /// <summary>Events sent vs. replicas in the five consumers and Reporting's count (which would show a doubled event).</summary>
    private static FaultReport Report(string scenario, long sent, long effects, long reported, TimeSpan recovery, string note = "")
    {
        var report = new FaultReport(scenario, sent, effects, Math.Max(0, reported - sent),
            sent * Consumers.Length - effects + Math.Max(0, sent - reported), recovery, note);
        report.Print();
        return report;
    }
}
