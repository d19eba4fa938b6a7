using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace PartySchoolNet.ServiceDefaults.Errors;

/// <summary>
/// A refusal on a plain HTTP endpoint (an export) answers as its gRPC twin would over JSON: 400 with each field's Chinese
/// message under <c>errors</c>, 403, 404 or 409, the stable code under <c>code</c>; never a 500.
/// </summary>
internal sealed class DomainProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not DomainException refusal)
        {
            return false;
        }
        var status = refusal switch
        {
            ValidationFailedException => StatusCodes.Status400BadRequest,
            ForbiddenException => StatusCodes.Status403Forbidden,
            NotFoundException => StatusCodes.Status404NotFound,
            RetryLaterException => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status409Conflict,
        };
        http.Response.StatusCode = status;
        var problem = new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Title = "请求未能完成", Detail = refusal.Message, Extensions = { ["code"] = refusal.Code } },
        };
        if (refusal is ValidationFailedException invalid)
        {
            problem.ProblemDetails.Extensions["errors"] = invalid.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        }
        return await problems.TryWriteAsync(problem);
    }
}
