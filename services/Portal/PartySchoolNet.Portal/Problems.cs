using Google.Rpc;
using Grpc.Core;

namespace PartySchoolNet.Portal;

/// <summary>
/// What a service said went wrong, as a person reads it: the service's own Chinese message, and for each field it names
/// the message to show beside that field. Never a stack trace or an English exception.
/// </summary>
public sealed record Problem(string Message, IReadOnlyDictionary<string, string> Fields)
{
    public static Problem Of(RpcException ex)
    {
        var fields = ex.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations
            .GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.First().Description) ?? [];
        var message = ex.Status.Detail is { Length: > 0 } detail && !IsEnglish(detail) ? detail : ex.StatusCode switch
        {
            StatusCode.PermissionDenied => "无权查看或办理此事项：它不属于您所在学校的管辖范围",
            StatusCode.NotFound => "要找的记录不存在，可能已被删除",
            StatusCode.Unauthenticated => "登录已失效，请刷新页面重新登录",
            StatusCode.Unavailable or StatusCode.DeadlineExceeded => "服务暂时不可用，请稍后重试",
            _ => "操作未能完成，请稍后重试",
        };
        return new Problem(message, fields);
    }

    /// <summary>The message for the first of these fields the service named (one input may answer to several requests' names).</summary>
    public string? For(IEnumerable<string> fields) => fields.Select(Fields.GetValueOrDefault).FirstOrDefault(m => m is not null);

    private static bool IsEnglish(string text) => text.All(c => c < 0x2E80);
}
