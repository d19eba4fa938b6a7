using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace PartySchoolNet.ServiceDefaults;

internal static class Telemetry
{
    /// <summary>Sources the shared building blocks emit; services may add their own.</summary>
    public const string MessagingSource = "PartySchoolNet.Messaging";

    /// <summary>
    /// Logs, metrics and traces over OTLP when an endpoint is set (the AppHost sets it to the dashboard). Without one,
    /// nothing is instrumented: spans and measurements nobody exports would cost every request for nothing.
    /// </summary>
    public static void AddTelemetry(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return;
        }
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", "Npgsql", MessagingSource))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, "MassTransit", "Npgsql", MessagingSource)
                .AddAspNetCoreInstrumentation(o => o.Filter = context =>
                    !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments("/alive"))
                .AddHttpClientInstrumentation())
            .UseOtlpExporter();
    }
}
