using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartySchoolNet.AppHost;

/// <summary>
/// Aspire checks a resource that is not healthy yet after 1, 2, 3, 4 and then every 5 seconds, so each stage of the start
/// order (servers, consumers, Identity) would lose up to five seconds to waiting. This check keeps probing for up to ten
/// seconds, so the next stage starts within a fifth of a second of a resource becoming ready. The probe really connects.
/// </summary>
internal sealed class PatientHealthCheck(Func<CancellationToken, Task> probe) : IHealthCheck
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await probe(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                if (waited.Elapsed >= Patience)
                {
                    return HealthCheckResult.Unhealthy(ex.Message);
                }
            }
            await Task.Delay(Interval, cancellationToken);
        }
    }
}

internal static class PatientHealthCheckExtensions
{
    public static IResourceBuilder<T> WithPatientHealthCheck<T>(this IResourceBuilder<T> resource, Func<CancellationToken, Task> probe)
        where T : IResource
    {
        var key = $"{resource.Resource.Name}-ready";
        resource.ApplicationBuilder.Services.AddHealthChecks()
            .Add(new HealthCheckRegistration(key, _ => new PatientHealthCheck(probe), failureStatus: null, tags: null));
        return resource.WithHealthCheck(key);
    }
}
