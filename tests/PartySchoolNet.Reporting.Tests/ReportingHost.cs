using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Data;
using PartySchoolNet.Testing;

namespace PartySchoolNet.Reporting.Tests;

/// <summary>Reporting in-process with its own Identity and tree; the facts it folds are published by the tests through the real broker.</summary>
public sealed class ReportingHost() : DomainServiceHost<ReportingDbContext>("reporting")
{
    public async Task<ReportingService.ReportingServiceClient> ClientFor(string userName) => new(await ChannelFor(userName));

    public Task PublishAsync(IReadOnlyCollection<ClassCompleted> facts) => PublishAsync(facts, "ClassCompletedConsumer");

    /// <summary>Publishes each fact as the owning service's outbox would (every publish its own message id), then waits until the consumer handled all.</summary>
    public async Task PublishAsync<TEvent>(IReadOnlyCollection<TEvent> facts, string consumer) where TEvent : class
    {
        var handled = await CountAsync("inbox_messages", $"consumer = '{consumer}'");
        var bus = Services.GetRequiredService<IBus>();
        foreach (var fact in facts)
        {
            await bus.Publish(fact);
        }
        await Eventually.Until(() => CountAsync("inbox_messages", $"consumer = '{consumer}'"), n => n == handled + facts.Count,
            TimeSpan.FromSeconds(60), $"{facts.Count} messages handled by {consumer}");
    }
}
