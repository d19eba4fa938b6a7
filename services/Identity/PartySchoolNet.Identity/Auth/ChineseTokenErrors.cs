using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartySchoolNet.Identity.Auth;

/// <summary>
/// The token endpoint's refusals are read by people: where OpenIddict refused on its own (a revoked, replayed or
/// expired refresh token, a wrong client secret, a malformed request) its English description becomes Chinese. The
/// error code stays the OAuth one; descriptions our own handlers wrote are already Chinese and are left as they are.
/// </summary>
internal static class ChineseTokenErrors
{
    public static OpenIddictServerBuilder UseChineseTokenErrors(this OpenIddictServerBuilder server) =>
        server.AddEventHandler<OpenIddictServerEvents.ApplyTokenResponseContext>(handler => handler.UseInlineHandler(context =>
        {
            if (context.Response.Error is { } error && !IsChinese(context.Response.ErrorDescription))
            {
                context.Response.ErrorDescription = error switch
                {
                    Errors.InvalidGrant => "登录已失效，请重新登录",
                    Errors.InvalidClient => "接入系统身份验证失败，请检查客户端编号和密钥",
                    Errors.UnsupportedGrantType or Errors.UnauthorizedClient => "不支持该授权方式",
                    _ => "登录请求有误，请检查后重试",
                };
            }
            return default;
        }));

    private static bool IsChinese(string? text) => text?.Any(c => c is >= '\u4e00' and <= '\u9fff') == true;
}
