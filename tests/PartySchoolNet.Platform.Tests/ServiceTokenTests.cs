using System.Net;
using Grpc.Core;
using Grpc.Health.V1;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Platform.Tests;

/// <summary>The gateway is not the only line: each service refuses a call without a valid token on its own ports.</summary>
[Collection(PlatformTests.Name)]
public sealed class ServiceTokenTests(PlatformFixture platform)
{
    public static TheoryData<string> Services() => ["identity", "enrollment", "faculty-pool", "site-resources", "quality-evaluation", "reporting"];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Called_directly_without_a_token_a_service_answers_401(string service)
    {
        using var http = new HttpClient { BaseAddress = platform.Endpoint(service, "http") };

        var response = await http.GetAsync(service == "identity" ? "/api/v1/identity/schools" : $"/api/v1/{service}/known-schools");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Each_service_reports_serving_over_gRPC_health_without_a_token(string service)
    {
        var health = new Health.HealthClient(GrpcTesting.Channel(platform.Endpoint(service, "grpc"), token: null));

        // Each check runs the service's readiness checks (its database among them); on a CI machine busy with every test
        // project at once one check can outlast its deadline, so ask again until one answers within the minute.
        var status = await Eventually.Until(async () =>
        {
            try
            {
                return (await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(10))).Status;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.DeadlineExceeded)
            {
                return HealthCheckResponse.Types.ServingStatus.Unknown;
            }
        }, s => s == HealthCheckResponse.Types.ServingStatus.Serving, TimeSpan.FromSeconds(60), $"{service} serving over gRPC health");

        status.ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
    }

    [Fact]
    public async Task A_token_from_somewhere_else_is_refused_by_a_service()
    {
        using var http = new HttpClient { BaseAddress = platform.Endpoint("reporting", "http") };
        http.DefaultRequestHeaders.Authorization = new("Bearer",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiJtYWxsb3J5Iiwic2Nob29sX2lkIjoiMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIiwic2Nob29sX3RpZXIiOiJDaXR5Iiwic2NvcGVfcGF0aCI6ImZ5In0.c2lnbmVkLWJ5LW5vYm9keQ");

        var response = await http.GetAsync("/api/v1/reporting/network-overview");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
