using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Enrollment.Tests;

/// <summary>Seeded random JSON to every create and update route; PSN_FUZZ_ITERATIONS and PSN_FUZZ_SEED run it longer or replay it.</summary>
public sealed class JsonFuzzTests(EnrollmentHost host) : IClassFixture<EnrollmentHost>
{
    [Fact]
    public async Task Random_JSON_to_every_create_and_update_route_gets_a_clear_answer_never_a_server_error()
    {
        var http = await host.HttpFor("fy.admin");

        var report = await new JsonFuzzer(http, JsonFuzzer.Seed).RunAsync(EnrollmentService.Descriptor, JsonFuzzer.Iterations);

        TestContext.Current.TestOutputHelper?.WriteLine($"JSON fuzz, seed {JsonFuzzer.Seed}: {report}");
        report.Sent.ShouldBeGreaterThanOrEqualTo(JsonFuzzer.Iterations * 5);
        report.Statuses.Keys.ShouldContain(400);
        report.Findings.ShouldBeEmpty($"seed {JsonFuzzer.Seed}");
    }
}
