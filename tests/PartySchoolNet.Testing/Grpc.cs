using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Shouldly;

namespace PartySchoolNet.Testing;

public static class GrpcTesting
{
    /// <summary>A channel whose calls carry the bearer token (when given), as an integrator's client would send it.</summary>
    public static GrpcChannel Channel(Uri address, string? token, HttpMessageHandler? handler = null)
    {
        var options = new GrpcChannelOptions { HttpHandler = handler, UnsafeUseInsecureChannelCallCredentials = true };
        if (token is not null)
        {
            options.Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure,
                CallCredentials.FromInterceptor((_, metadata) =>
                {
                    metadata.Add("Authorization", $"Bearer {token}");
                    return Task.CompletedTask;
                }));
        }
        return GrpcChannel.ForAddress(address, options);
    }

    public static async Task<RpcException> ShouldFailWith(this Task call, StatusCode expected)
    {
        var ex = await Should.ThrowAsync<RpcException>(call);
        ex.StatusCode.ShouldBe(expected, ex.Status.Detail);
        return ex;
    }

    public static Task<RpcException> ShouldFailWith<T>(this AsyncUnaryCall<T> call, StatusCode expected) =>
        call.ResponseAsync.ShouldFailWith(expected);

    /// <summary>The fields a refusal names in its <c>google.rpc.BadRequest</c> detail.</summary>
    public static IReadOnlyList<string> FieldViolations(this RpcException ex) =>
        ex.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).ToList() ?? [];
}
