using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace PartySchoolNet.ServiceDefaults.Errors;

/// <summary>
/// A request body ASP.NET Core cannot read (a form value with a NUL character, a malformed form) is the caller's
/// mistake: 400 with a Chinese problem detail, not an internal error.
/// </summary>
internal sealed class MalformedRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not (InvalidDataException or BadHttpRequestException))
        {
            return false;
        }
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "请求格式不正确", Detail = "请求内容无法读取，请检查后重试" },
        });
    }
}
