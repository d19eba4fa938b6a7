using Google.Protobuf.Reflection;
using Google.Rpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartySchoolNet.ServiceDefaults.Errors;

namespace PartySchoolNet.ServiceDefaults.Grpc;

public static class GrpcDefaults
{
    /// <summary>gRPC with failures mapped to statuses, text no database can hold refused, calls run again after a write conflict, JSON transcoding, reflection and gRPC health from the health checks.</summary>
    public static IHostApplicationBuilder AddGrpcDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpc(o =>
        {
            o.MaxReceiveMessageSize = MessageLimits.MaxRequestBytes;
            o.Interceptors.Add<ErrorStatusInterceptor>();
            o.Interceptors.Add<TextInputInterceptor>();
            o.Interceptors.Add<ConflictRetryInterceptor>();
        }).AddJsonTranscoding(o => o.TypeRegistry = TypeRegistry.FromMessages(ErrorInfo.Descriptor, BadRequest.Descriptor, RetryInfo.Descriptor));
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks();
        return builder;
    }

    public static WebApplication MapGrpcDefaults(this WebApplication app)
    {
        app.MapGrpcReflectionService().AllowAnonymous();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        return app;
    }
}
