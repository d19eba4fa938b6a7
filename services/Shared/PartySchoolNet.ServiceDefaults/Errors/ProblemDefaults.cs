using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PartySchoolNet.ServiceDefaults.Errors;

/// <summary>
/// Plain HTTP endpoints (the token endpoint, the gateway) answer an unexpected failure the way gRPC calls do: problem
/// details with a generic Chinese message and the error number (trace id) that is on the log line, never the exception.
/// </summary>
internal static class ProblemDefaults
{
    public static IServiceCollection AddProblemDefaults(this IServiceCollection services) =>
        services.AddExceptionHandler<DomainProblemHandler>().AddExceptionHandler<MalformedRequestHandler>().AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var errorId = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Extensions["errorId"] = errorId;
            if (context.ProblemDetails.Status is null or >= StatusCodes.Status500InternalServerError)
            {
                context.ProblemDetails.Title = "系统内部错误";
                context.ProblemDetails.Detail = $"请稍后重试；如需反馈，请提供错误编号：{errorId}";
            }
        });
}
