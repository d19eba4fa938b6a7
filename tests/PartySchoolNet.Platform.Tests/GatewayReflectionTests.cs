using Grpc.Core;
using Grpc.Reflection.V1;
using PartySchoolNet.ServiceDefaults;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Platform.Tests;

/// <summary>An integrator discovers the whole gRPC API where it calls it: server reflection on the gateway's gRPC port.</summary>
[Collection(PlatformTests.Name)]
public sealed class GatewayReflectionTests(PlatformFixture platform)
{
    [Fact]
    public async Task Reflection_through_the_gateway_lists_every_services_API_and_describes_it_with_a_token()
    {
        var reflection = new ServerReflection.ServerReflectionClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("fy.admin")));

        var services = (await AskAsync(reflection, new ServerReflectionRequest { ListServices = "" })).ListServicesResponse.Service.Select(s => s.Name).ToList();
        var file = (await AskAsync(reflection, new ServerReflectionRequest { FileContainingSymbol = "partyschoolnet.enrollment.v1.OutreachService" }))
            .FileDescriptorResponse;

        PlatformServices.All.ShouldAllBe(p => services.Any(s => s.StartsWith(p.ProtoPackage + ".", StringComparison.Ordinal)));
        services.ShouldContain("partyschoolnet.qualityevaluation.v1.FeedbackFormService");
        file.FileDescriptorProto.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Reflection_through_the_gateway_without_a_token_is_unauthenticated()
    {
        var reflection = new ServerReflection.ServerReflectionClient(GrpcTesting.Channel(platform.GatewayGrpc, token: null));

        var refused = await Should.ThrowAsync<RpcException>(() => AskAsync(reflection, new ServerReflectionRequest { ListServices = "" }));

        refused.StatusCode.ShouldBe(StatusCode.Unauthenticated);
    }

    private static async Task<ServerReflectionResponse> AskAsync(ServerReflection.ServerReflectionClient reflection, ServerReflectionRequest request)
    {
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(request);
        await call.RequestStream.CompleteAsync();
        (await call.ResponseStream.MoveNext()).ShouldBeTrue();
        return call.ResponseStream.Current;
    }
}
