using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace PartySchoolNet.ServiceDefaults.Errors;

/// <summary>The one place where domain refusals become gRPC statuses (and, through transcoding, HTTP 4xx).</summary>
public sealed class DomainErrorInterceptor(ILogger<DomainErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (DomainException ex)
        {
            logger.LogInformation("{Method} refused: {Code}", context.Method, ex.Code);
            throw ToRpcException(ex);
        }
    }

    public static RpcException ToRpcException(DomainException ex)
    {
        var status = new Google.Rpc.Status { Code = (int)ToCode(ex), Message = ex.Message };
        status.Details.Add(Any.Pack(new ErrorInfo { Reason = ex.Code, Domain = "partyschoolnet" }));
        if (ex is ValidationFailedException validation)
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.AddRange(validation.Errors.Select(e =>
                new BadRequest.Types.FieldViolation { Field = e.Field, Description = e.Message }));
            status.Details.Add(Any.Pack(badRequest));
        }
        return status.ToRpcException();
    }

    private static Google.Rpc.Code ToCode(DomainException ex) => ex switch
    {
        ValidationFailedException => Google.Rpc.Code.InvalidArgument,
        NotFoundException => Google.Rpc.Code.NotFound,
        ForbiddenException => Google.Rpc.Code.PermissionDenied,
        AlreadyExistsException => Google.Rpc.Code.AlreadyExists,
        StateConflictException => Google.Rpc.Code.FailedPrecondition,
        _ => Google.Rpc.Code.Internal,
    };
}
