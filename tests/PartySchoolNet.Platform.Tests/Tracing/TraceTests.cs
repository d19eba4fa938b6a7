using System.Diagnostics;
using Grpc.Core;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Platform.Tests.Faults;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Platform.Tests.Tracing;

/// <summary>What the dashboard shows for one user action: a single trace across every process it touched.</summary>
[Collection(PlatformTests.Name)]
public sealed class TraceTests(PlatformFixture platform)
{
    private static readonly string[] Everyone = ["gateway", "identity", .. FaultWorld.Consumers];

    [Fact]
    public async Task A_school_registered_through_the_gateway_is_one_trace_from_the_gateway_through_Identity_to_its_five_consumers()
    {
        var identity = await platform.IdentityThroughGatewayAsync("fy.admin");
        var county = await FaultWorld.CountyIdAsync(identity, "js");
        var traceId = ActivityTraceId.CreateRandom().ToHexString();

        await identity.RegisterSchoolAsync(
            new RegisterSchoolRequest { Code = "trace01", Name = "追踪示例镇党校", Tier = SchoolTier.Township, ParentId = county },
            new Metadata { { "traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01" } });

        IReadOnlyList<ReceivedSpan> trace;
        try
        {
            trace = await Eventually.Until(() => Task.FromResult(platform.Traces.Trace(traceId)),
                spans => Everyone.All(service => spans.Any(s => s.Service == service))
                    && FaultWorld.Consumers.All(c => spans.Any(s => s.Service == c && IsConsume(s))),
                TimeSpan.FromMinutes(1), "every process's spans under the registration's trace");
        }
        catch (TimeoutException ex)
        {
            var spans = string.Join("; ", platform.Traces.Trace(traceId).Select(s => $"{s.Service}: {s.Name}"));
            throw new TimeoutException($"{ex.Message}. The trace: {spans}. Everything received: {platform.Traces.Summary()}", ex);
        }

        trace.Select(s => s.Service).Distinct().Order().ShouldBe(Everyone.Order());
        trace.ShouldContain(s => s.Service == "identity" && s.Name == "outbox publish");
        FaultWorld.Consumers.ShouldAllBe(c => trace.Any(s => s.Service == c && IsConsume(s)));
    }

    /// <summary>MassTransit names a consumer's span after its queue: <c>{service}-school-registered process</c>.</summary>
    private static bool IsConsume(ReceivedSpan span) => span.Name == $"{span.Service}-school-registered process";
}
