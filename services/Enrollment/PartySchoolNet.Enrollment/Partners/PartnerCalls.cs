using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Outreach;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.SiteResources.Contracts;
using StatusCode = Grpc.Core.StatusCode;

namespace PartySchoolNet.Enrollment.Partners;

/// <summary>
/// Calls FacultyPool and SiteResources for a school (the approving county) with a deadline and a service token acting for
/// it, and sorts their failures: unreachable or too slow → <see cref="PartnerUnavailableException"/>, any answer of "no"
/// → <see cref="PartnerRefusedException"/>.
/// </summary>
internal sealed class PartnerCalls(
    FacultyPoolService.FacultyPoolServiceClient faculty, SiteResourcesService.SiteResourcesServiceClient sites,
    ServiceTokens tokens, IOptions<OutreachOptions> options, TimeProvider clock)
{
    /// <summary>The school a call acts for, and the person whose decision it carries out (shown in the partners' records).</summary>
    public sealed record Acting(Guid SchoolId, string Name);

    public Task<T> FacultyAsync<T>(Acting acting, Func<FacultyPoolService.FacultyPoolServiceClient, CallOptions, AsyncUnaryCall<T>> call, CancellationToken ct) =>
        CallAsync("师资库服务", acting, o => call(faculty, o), ct);

    public Task<T> SitesAsync<T>(Acting acting, Func<SiteResourcesService.SiteResourcesServiceClient, CallOptions, AsyncUnaryCall<T>> call, CancellationToken ct) =>
        CallAsync("场地资源服务", acting, o => call(sites, o), ct);

    private async Task<T> CallAsync<T>(string partner, Acting acting, Func<CallOptions, AsyncUnaryCall<T>> call, CancellationToken ct)
    {
        string token;
        try
        {
            token = await tokens.ForAsync(acting.SchoolId, acting.Name, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            throw new PartnerUnavailableException("身份服务暂时无法签发服务令牌", ex);
        }
        var deadline = clock.GetUtcNow().UtcDateTime + options.Value.CallTimeout;
        try
        {
            return await call(new CallOptions(new Metadata { { "Authorization", $"Bearer {token}" } }, deadline, ct));
        }
        catch (RpcException ex) when (IsTransient(ex.StatusCode) && !ct.IsCancellationRequested)
        {
            throw new PartnerUnavailableException($"{partner}暂时无法访问", ex);
        }
        catch (RpcException ex) when (!ct.IsCancellationRequested)
        {
            throw new PartnerRefusedException(ex.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason ?? ex.StatusCode.ToString(), ex.Status.Detail);
        }
    }

    /// <summary>Not the request's fault: the partner is away, slow, overloaded, or does not yet know Identity's keys.</summary>
    private static bool IsTransient(StatusCode code) =>
        code is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted or StatusCode.Unauthenticated or StatusCode.Internal;
}
