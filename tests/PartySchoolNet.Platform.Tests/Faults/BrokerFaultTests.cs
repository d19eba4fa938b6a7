using System.Diagnostics;
using Grpc.Core;
using MassTransit;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.Platform.Tests.Faults.FaultWorld;
using static PartySchoolNet.Platform.Tests.Faults.FaultyPlatformFixture;

namespace PartySchoolNet.Platform.Tests.Faults;

/// <summary>
/// Faults of the broker and of a consuming service, against the real processes; each prints sent / effects / duplicates /
/// lost / recovery. Waits marked "outage" are the fault's own length, not synchronisation; everything else polls.
/// </summary>
[Collection(FaultTests.Name)]
[Trait("Category", "Faults")]
public sealed class BrokerFaultTests(FaultyPlatformFixture platform)
{
    private readonly FaultWorld _world = new(platform);

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
        var effects = await _world.EffectsWithinAsync("bk", acknowledged.Count, TimeSpan.FromMinutes(Size(5, 10)));
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
        var effects = await _world.EffectsWithinAsync("ck", acknowledged.Count, TimeSpan.FromMinutes(Size(5, 10)));
        var recovery = clock.Elapsed;
        await _world.WaitForQuietBrokerAsync();
        var reported = await _world.ReportedTownshipsAsync("yd") - reportedBefore;

        var report = Report("consumer (reporting) SIGKILL in flight", acknowledged.Count, effects, reported, recovery);
        report.Lost.ShouldBe(0);
        report.Duplicates.ShouldBe(0);
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
    public async Task A_poison_message_goes_to_the_error_queues_after_its_retries_and_the_events_behind_it_still_flow()
    {
        var identity = await _world.IdentityAsync();
        var county = await CountyIdAsync(identity, "ys");
        await _world.WaitForQuietBrokerAsync();
        var errorsBefore = await ErrorMessagesAsync();

        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(new Uri(platform.RabbitMqUri)));
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
            await tcp.ConnectAsync("127.0.0.1", platform.Ports.RabbitMq);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private async Task<long> ErrorMessagesAsync() =>
        (await platform.QueuesAsync()).Where(q => q.Name.EndsWith("_error", StringComparison.Ordinal)).Sum(q => (long)q.Ready);

    /// <summary>Events sent vs. replicas in the five consumers and Reporting's count (which would show a doubled event).</summary>
    private static FaultReport Report(string scenario, long sent, long effects, long reported, TimeSpan recovery, string note = "")
    {
        var report = new FaultReport(scenario, sent, effects, Math.Max(0, reported - sent),
            sent * Consumers.Length - effects + Math.Max(0, sent - reported), recovery, note);
        report.Print();
        return report;
    }
}
