using PartySchoolNet.ServiceDefaults.Grpc;

namespace PartySchoolNet.Gateway;

/// <summary>
/// The largest request body the gateway accepts (<c>Gateway:MaxRequestBodyBytes</c>, by default the services' own
/// <see cref="MessageLimits.MaxRequestBytes"/>): a declared body over it gets 413 with a problem a person can read before
/// anything is forwarded, and Kestrel cuts off a chunked body when it passes it.
/// </summary>
internal static class RequestSizeLimit
{
    public static WebApplicationBuilder AddRequestSizeLimit(this WebApplicationBuilder builder)
    {
        var limit = Limit(builder.Configuration);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = limit);
        return builder;
    }

    public static IApplicationBuilder UseRequestSizeLimit(this WebApplication app)
    {
        var limit = Limit(app.Configuration);
        return app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > limit)
            {
                await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "请求内容过大",
                    detail: $"请求内容不能超过{MessageLimits.Megabytes(limit)}，请缩小文件或分批提交").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
    }

    private static long Limit(IConfiguration configuration) =>
        configuration.GetValue<long?>("Gateway:MaxRequestBodyBytes") ?? MessageLimits.MaxRequestBytes;
}
