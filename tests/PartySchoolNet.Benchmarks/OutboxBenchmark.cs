using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.SiteResources.Data;
using PartySchoolNet.Testing;
using RabbitMQ.Client;

namespace PartySchoolNet.Benchmarks;

/// <summary>
/// P4: events from commit to broker confirmation through a service's outbox relay (the SiteResources service in-process,
/// 20,000 events committed at once) ÷ the same number of messages published raw with RabbitMQ.Client, confirms on,
/// in batches of 500 awaited together.
/// </summary>
internal static class OutboxBenchmark
{
    private const int Events = 20_000;
    private const int InFlight = 500;

    public static async Task RunAsync()
    {
        await using var host = new DomainServiceHost<SiteResourcesDbContext>("site-resources", new Dictionary<string, string> { ["SiteResources:SeedDemoCatalogue"] = "false" });
        await host.InitializeAsync();
        var raw = await RawPublishesPerSecondAsync();
        var relayed = await RelayedPerSecondAsync(host);
        RatioTable.Add(new("P4", "outbox events/s commit → broker ack ÷ raw confirmed publish", relayed / raw,
            string.Create(CultureInfo.InvariantCulture, $"{relayed:0}/s vs {raw:0}/s, {Events:N0} events"), "≥ 0.5"));
    }

    private static async Task<double> RelayedPerSecondAsync(DomainServiceHost<SiteResourcesDbContext> host)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SiteResourcesDbContext>();
            for (var i = 0; i < Events; i++)
            {
                db.AddEvent(Sample(i));
            }
            await db.SaveChangesAsync();
            var clock = Stopwatch.StartNew();
            await Eventually.Until(() => host.CountAsync("outbox_messages", "sent_at IS NULL"), n => n == 0, TimeSpan.FromMinutes(3), "every event relayed");
            return Events / clock.Elapsed.TotalSeconds;
        }
    }

    private static async Task<double> RawPublishesPerSecondAsync()
    {
        var factory = new ConnectionFactory { Uri = new Uri(TestInfrastructure.RabbitMq) };
        await using var connection = await factory.CreateConnectionAsync();
        var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true,
            outstandingPublisherConfirmationsRateLimiter: new ThrottlingRateLimiter(2 * InFlight));
        await using var channel = await connection.CreateChannelAsync(options);
        await channel.ExchangeDeclareAsync("psn.bench.raw", ExchangeType.Fanout, durable: true);
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
        var bodies = Enumerable.Range(0, Events).Select(i => Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(Sample(i)))).ToList();
        var clock = Stopwatch.StartNew();
        foreach (var batch in bodies.Chunk(InFlight))
        {
            await Task.WhenAll(batch.Select(body => channel.BasicPublishAsync("psn.bench.raw", "", false, properties, body).AsTask()));
        }
        return Events / clock.Elapsed.TotalSeconds;
    }

    private static TraineeWithdrawn Sample(int i) => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), $"压测事件{i}", DateTimeOffset.UtcNow);
}
