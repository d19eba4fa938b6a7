using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace PartySchoolNet.ServiceDefaults.Errors;

/// <summary>
/// The one place where failures become gRPC statuses (and, through transcoding, HTTP statuses): domain refusals keep
/// their code and Chinese message; the database being away is <c>Unavailable</c>; anything unexpected is <c>Internal</c>
/// with a generic message and an error number (the trace id) that is also on the log line with the exception. No
/// exception text ever reaches a caller.
/// </summary>
public sealed class ErrorStatusInterceptor(ILogger<ErrorStatusInterceptor> logger) : Interceptor
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
        catch (RpcException)
        {
            throw;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw new RpcException(new global::Grpc.Core.Status(StatusCode.Cancelled, "请求已取消或超时"));
        }
        catch (Exception ex) when (Failures.IsUnavailable(ex))
        {
            var errorId = ErrorId(context);
            logger.LogWarning(ex, "{Method} failed: a dependency is unavailable (error {ErrorId})", context.Method, errorId);
            throw Failure(Code.Unavailable, "service_unavailable", $"服务暂时不可用，请稍后重试（错误编号：{errorId}）", errorId);
        }
        catch (Exception ex)
        {
            var errorId = ErrorId(context);
            logger.LogError(ex, "{Method} failed unexpectedly (error {ErrorId})", context.Method, errorId);
            throw Failure(Code.Internal, "internal_error", $"系统内部错误，请稍后重试；如需反馈，请提供错误编号：{errorId}", errorId);
        }
    }

    public static RpcException ToRpcException(DomainException ex)
    {
        var status = new Google.Rpc.Status { Code = (int)ToCode(ex), Message = ex.Message };
        status.Details.Add(Any.Pack(new ErrorInfo { Reason = ex.Code, Domain = ErrorDomain }));
        if (ex is ValidationFailedException validation)
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.AddRange(validation.Errors.Select(e =>
                new BadRequest.Types.FieldViolation { Field = e.Field, Description = e.Message }));
            status.Details.Add(Any.Pack(badRequest));
        }
        if (ex is RetryLaterException)
        {
            status.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(TimeSpan.FromSeconds(1)) }));
        }
        return status.ToRpcException();
    }

    private const string ErrorDomain = "partyschoolnet";

    /// <summary>The trace id when there is one (it finds the whole request in the traces), else the request's own id.</summary>
    private static string ErrorId(ServerCallContext context) =>
        Activity.Current?.TraceId.ToString() ?? context.GetHttpContext().TraceIdentifier;

    private static RpcException Failure(Code code, string reason, string message, string errorId)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.Add(Any.Pack(new ErrorInfo { Reason = reason, Domain = ErrorDomain, Metadata = { ["error_id"] = errorId } }));
        return status.ToRpcException();
    }

    private static Code ToCode(DomainException ex) => ex switch
    {
        ValidationFailedException => Code.InvalidArgument,
        NotFoundException => Code.NotFound,
        ForbiddenException => Code.PermissionDenied,
        AlreadyExistsException => Code.AlreadyExists,
        StateConflictException => Code.FailedPrecondition,
        RetryLaterException => Code.Aborted,
        _ => Code.Internal,
    };
}
