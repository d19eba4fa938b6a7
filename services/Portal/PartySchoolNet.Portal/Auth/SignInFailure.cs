using Microsoft.AspNetCore.Authentication;

namespace PartySchoolNet.Portal.Auth;

/// <summary>
/// A sign-in that came back unfinished (the page was left open too long, the back button, a refused request) tells the
/// person in Chinese and offers to start again, instead of an error page.
/// </summary>
internal static class SignInFailure
{
    public static async Task ShowAsync(RemoteFailureContext context)
    {
        context.HttpContext.RequestServices.GetRequiredService<ILogger<RemoteFailureContext>>()
            .LogWarning(context.Failure, "A sign-in came back unfinished");
        context.HandleResponse();
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync("""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>登录未完成 · 党校教育培训协同平台</title></head>
            <body><main style="max-width:28rem;margin:12vh auto;font-family:sans-serif">
            <h1>登录未完成</h1><p>登录过程已中断或已过期，请重新登录。</p><p><a href="/">重新登录</a></p>
            </main></body></html>
            """);
    }
}
