using System.Diagnostics.Metrics;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartySchoolNet.ServiceDefaults.Errors;

/// <summary>
/// Runs a call again, as a whole, when the database aborted its transaction to break a deadlock or a serialization
/// conflict. Racing writers that meet at a constraint (an exclusion constraint and a unique index checked in different
/// orders) can deadlock in PostgreSQL whatever the code does; the loser's transaction was rolled back, so nothing of it
/// stands. Each further attempt gets a fresh DI scope — a new DbContext and new handlers — so no tracked entity or
/// half-done transaction of the failed attempt leaks into it. After <see cref="MaxAttempts"/> the caller gets
/// <c>Aborted</c> (HTTP 409), which clients may retry.
/// </summary>
public sealed class ConflictRetryInterceptor(IServiceScopeFactory scopes, ILogger<ConflictRetryInterceptor> logger) : Interceptor
{
    public const int MaxAttempts = 6;

    private static readonly Meter Meter = new("PartySchoolNet.Grpc");
    private static readonly Counter<long> Retries = Meter.CreateCounter<long>("psn.grpc.conflict_retries");

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var http = context.GetHttpContext();
        var original = http.RequestServices;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (attempt == 1)
                {
                    return await continuation(request, context);
                }
                await using var scope = scopes.CreateAsyncScope();
                http.RequestServices = scope.ServiceProvider;
                return await continuation(request, context);
            }
            catch (Exception ex) when (Failures.IsWriteConflict(ex) && !context.CancellationToken.IsCancellationRequested)
            {
                Retries.Add(1);
                if (attempt == MaxAttempts)
                {
                    logger.LogWarning(ex, "{Method} gave up after {Attempts} write conflicts", context.Method, attempt);
                    throw new RetryLaterException("write_conflict", "当前操作人数较多，系统多次重试仍未完成，请稍后再试");
                }
                logger.LogInformation("{Method} met a write conflict (attempt {Attempt}); running it again", context.Method, attempt);
                await Task.Delay(Backoff(attempt), context.CancellationToken);
            }
            finally
            {
                http.RequestServices = original;
            }
        }
    }

    /// <summary>Grows with the attempt and is jittered, so the racers that deadlocked do not meet again in step.</summary>
    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt * attempt));
}
