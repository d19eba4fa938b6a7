using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Testing;

namespace PartySchoolNet.FacultyPool.Tests;

/// <summary>Seeded random JSON to every create and update route; PSN_FUZZ_ITERATIONS and PSN_FUZZ_SEED run it longer or replay it.</summary>
public sealed class JsonFuzzTests(FacultyPoolHost host) : IClassFixture<FacultyPoolHost>
{
    [Fact]
    public async Task Random_JSON_to_every_create_and_update_route_gets_a_clear_answer_never_a_server_error()
        => await JsonFuzzer.AssertClearAnswersAsync(await host.HttpFor("fy.admin"), FacultyPoolService.Descriptor);
}
