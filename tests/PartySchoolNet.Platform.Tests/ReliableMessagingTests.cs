using MassTransit;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Platform.Tests;

/// <summary>The outbox and inbox against the real broker: nothing lost while it is down, nothing applied twice.</summary>
[Collection(PlatformTests.Name)]
public sealed class ReliableMessagingTests(PlatformFixture platform)
{
    /// <summary>
    /// Schools these tests add to the demo network, each test under its own county and with its own code prefix so
    /// that no other test's count sees them: "ob…" under 界首, "kl…" under 颍上, "pz…" under 太和, "tr…" (the trace test) under 界首.
    /// </summary>
    public static bool IsTestSchool(string code) => code.Length > 2 && code[..2] is "ob" or "kl" or "pz" or "tr";

    private static readonly string[] ReplicaServices = ["enrollment", "faculty-pool", "site-resources", "quality-evaluation", "reporting"];

    [Fact]
    public async Task Schools_registered_while_the_broker_is_down_reach_every_service_exactly_once_after_it_returns()
    {
        var city = await DirectToIdentityAsCityAsync();
        var parentId = await CountyIdAsync(city, "js");
        await WaitForBrokerIdle();
        var townshipsBefore = await ReportedCount("fy.js", "Township");

        await platform.StopBrokerAsync();
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
                await city.RegisterSchoolAsync(new RegisterSchoolRequest
                {
                    Code = $"ob{i:0000}", Name = $"断网登记测试{i}党校", Tier = SchoolTier.Township, ParentId = parentId,
                }, cancellationToken: ct));

            (await TestInfrastructure.ScalarAsync<long>(platform.Database("identity"),
                "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND payload->>'code' LIKE 'ob%'")).ShouldBe(1000);
        }
        finally
        {
            await platform.StartBrokerAsync();
        }

        foreach (var service in ReplicaServices)
        {
            await Eventually.Until(() => ReplicaCount(service, "code LIKE 'ob%'"), n => n == 1000, TimeSpan.FromMinutes(3),
                $"{service} to hold all 1,000 schools");
        }
        await WaitForBrokerIdle();
        (await ReportedCount("fy.js", "Township")).ShouldBe(townshipsBefore + 1000);
        foreach (var service in ReplicaServices)
        {
            (await ReplicaCount(service, "code LIKE 'ob%' AND version = 1")).ShouldBe(1000);
        }
    }

    [Fact]
    public async Task Events_left_unsent_when_Identity_is_killed_go_out_after_it_restarts()
    {
        var city = await DirectToIdentityAsCityAsync();
        var parentId = await CountyIdAsync(city, "ys");

        await platform.StopBrokerAsync();
        try
        {
            for (var i = 0; i < 50; i++)
            {
                await city.RegisterSchoolAsync(new RegisterSchoolRequest
                {
                    Code = $"kl{i:00}", Name = $"宕机测试{i}党校", Tier = SchoolTier.Township, ParentId = parentId,
                });
            }
            await platform.KillServiceAsync("identity");
        }
        finally
        {
            await platform.StartBrokerAsync();
        }
        await platform.StartServiceAsync("identity");

        foreach (var service in ReplicaServices)
        {
            await Eventually.Until(() => ReplicaCount(service, "code LIKE 'kl%'"), n => n == 50, TimeSpan.FromMinutes(2),
                $"{service} to hold the 50 schools Identity registered before it died");
        }
    }

    [Fact]
    public async Task An_outbox_row_that_cannot_be_read_is_parked_and_the_events_behind_it_still_flow()
    {
        var poisonId = Guid.NewGuid();
        await TestInfrastructure.ExecuteAsync(platform.Database("identity"), $$"""
            INSERT INTO outbox_messages (id, message_type, payload, created_at)
            VALUES ('{{poisonId}}', 'PartySchoolNet.Retired.SchoolMerged, PartySchoolNet.Retired', '{}', now())
            """);
        var city = await platform.IdentityThroughGatewayAsync("fy.admin");
        var parentId = await CountyIdAsync(city, "th");

        var school = await city.RegisterSchoolAsync(new RegisterSchoolRequest
        {
            Code = "pz0001", Name = "毒消息之后党校", Tier = SchoolTier.Township, ParentId = parentId,
        });

        foreach (var service in ReplicaServices)
        {
            await Eventually.Until(() => ReplicaCount(service, $"id = '{school.SchoolId}'"), n => n == 1, TimeSpan.FromSeconds(60),
                $"{service} to learn the school registered after the unreadable row");
        }
        (await TestInfrastructure.ScalarAsync<string>(platform.Database("identity"),
            $"SELECT error FROM outbox_messages WHERE id = '{poisonId}' AND failed_at IS NOT NULL AND sent_at IS NULL")).ShouldContain("PartySchoolNet.Retired");
    }

    [Fact]
    public async Task The_same_event_delivered_five_times_at_once_has_one_effect_in_every_service()
    {
        var school = new SchoolRegistered
        {
            SchoolId = Guid.NewGuid(), Code = "dupe", Name = "重复投递测试党校", Tier = SchoolTier.Township,
            Path = "fy.yz.dupe", Version = 1, OccurredAt = DateTimeOffset.UtcNow,
        };
        var messageId = NewId.NextGuid();
        await WaitForBrokerIdle();
        var countyBefore = await ReportedCount("fy.yz", "Township");

        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(new Uri(platform.RabbitMqUri)));
        await bus.StartAsync();
        try
        {
            await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => bus.Publish(school, context => context.MessageId = messageId)));
        }
        finally
        {
            await bus.StopAsync();
        }

        foreach (var service in ReplicaServices)
        {
            await Eventually.Until(() => ReplicaCount(service, $"id = '{school.SchoolId}'"), n => n == 1, TimeSpan.FromSeconds(60),
                $"{service} to learn the school");
        }
        await WaitForBrokerIdle();
        (await ReportedCount("fy.yz.dupe", "Township")).ShouldBe(1);
        (await ReportedCount("fy.yz", "Township")).ShouldBe(countyBefore + 1);
    }

    [Fact]
    public async Task A_renamed_school_is_renamed_in_every_service()
    {
        var county = await platform.IdentityThroughGatewayAsync("fn.admin");
        var hhq = (await county.ListSchoolsAsync(new ListSchoolsRequest { PageSize = 100 })).Schools.Single(s => s.Code == "hhq");

        var renamed = await county.UpdateSchoolAsync(new UpdateSchoolRequest { SchoolId = hhq.SchoolId, Name = "洪河桥镇党校（新址）" });

        foreach (var service in ReplicaServices)
        {
            await Eventually.Until(() => ReplicaCount(service, $"id = '{hhq.SchoolId}' AND name = '洪河桥镇党校（新址）' AND version = {renamed.Version}"),
                n => n == 1, TimeSpan.FromSeconds(60), $"{service} to apply the rename");
        }
    }

    /// <summary>
    /// Bulk registration goes straight to Identity's gRPC endpoint: through the gateway the rate limit would
    /// (rightly) throttle one client sending a thousand calls.
    /// </summary>
    private async Task<IdentityService.IdentityServiceClient> DirectToIdentityAsCityAsync() =>
        new(GrpcTesting.Channel(platform.Endpoint("identity", "grpc"), await platform.TokenAsync("fy.admin")));

    private static async Task<string> CountyIdAsync(IdentityService.IdentityServiceClient client, string code) =>
        (await client.ListSchoolsAsync(new ListSchoolsRequest { Tier = SchoolTier.County, PageSize = 100 })).Schools.Single(s => s.Code == code).SchoolId;

    private Task<bool> WaitForBrokerIdle() =>
        Eventually.Until(platform.BrokerIsIdleAsync, idle => idle, TimeSpan.FromMinutes(2), "every queue to drain");

    private Task<long> ReplicaCount(string service, string where) =>
        TestInfrastructure.ScalarAsync<long>(platform.Database(service), $"SELECT count(*) FROM schools WHERE {where}");

    private async Task<int> ReportedCount(string scope, string tier) =>
        await TestInfrastructure.ScalarAsync<int?>(platform.Database("reporting"),
            $"SELECT (SELECT count FROM school_counts WHERE scope_path = '{scope}' AND tier = '{tier}')") ?? 0;
}
