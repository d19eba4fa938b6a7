namespace PartySchoolNet.Gateway;

/// <summary>
/// The largest request body the gateway accepts (<c>Gateway:MaxRequestBodyBytes</c>, 4 MiB by default): a declared
/// body over it gets 413 before anything is forwarded, and Kestrel cuts off a chunked body when it passes it.
/// </summary>
internal static class RequestSizeLimit
{
    public static WebApplicationBuilder AddRequestSizeLimit(this WebApplicationBuilder builder)
    {
        var limit = builder.Configuration.GetValue<long?>("Gateway:MaxRequestBodyBytes") ?? 4 * 1024 * 1024;
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = limit);
        return builder;
    }

    public static IApplicationBuilder UseRequestSizeLimit(this WebApplication app)
    {
        var limit = app.Configuration.GetValue<long?>("Gateway:MaxRequestBodyBytes") ?? 4 * 1024 * 1024;
        return app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }
            await next(context);
        });
    }
}
