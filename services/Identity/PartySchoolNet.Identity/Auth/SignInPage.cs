using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using PartySchoolNet.Identity.Security;

namespace PartySchoolNet.Identity.Auth;

/// <summary>
/// The sign-in page of the code flow (<c>/connect/login</c>), in Chinese and usable on a phone. The same guards as the
/// password grant apply — wrong passwords lock the account, too many from one address block it — and their messages show
/// here. It only ever returns to the authorization endpoint, so it cannot be used to send people elsewhere.
/// </summary>
internal static class SignInPage
{
    private const string Path = "/connect/login";
    private const string AuthorizePath = "/connect/authorize";

    /// <summary>Chinese stays Chinese in the page's source (the default encoder writes it as character references).</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Address(string returnUrl) => $"{Path}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static IResult Show(HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
        Page(http, antiforgery, SafeReturn(returnUrl), userName: "", error: null);

    public static async Task<IResult> SubmitAsync(HttpContext http, IAntiforgery antiforgery, PasswordCheck check)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var returnUrl = SafeReturn(form["returnUrl"]);
        var userName = form["username"].ToString().Trim();
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Page(http, antiforgery, returnUrl, userName, "页面已过期，请重新登录", StatusCodes.Status400BadRequest);
        }
        if (userName.Length == 0 || form["password"].ToString().Length == 0)
        {
            return Page(http, antiforgery, returnUrl, userName, "请输入用户名和密码", StatusCodes.Status400BadRequest);
        }
        var outcome = await check.CheckAsync(userName, form["password"].ToString(), ClientAddress.Of(http), http.RequestAborted);
        if (outcome.Account is not { } account)
        {
            return Page(http, antiforgery, returnUrl, userName, outcome.Message, StatusCodes.Status400BadRequest);
        }
        await SignInSession.StartAsync(http, account);
        return Results.LocalRedirect(returnUrl);
    }

    /// <summary>Only the authorization endpoint: anything else (another site, another path) is no place to return to.</summary>
    private static string SafeReturn(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith(AuthorizePath + "?", StringComparison.Ordinal) && !returnUrl.Contains('\\') ? returnUrl : AuthorizePath;

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string returnUrl, string userName, string? error,
        int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var e = Html;
        var alert = error is null ? "" : $"""<p class="error" role="alert" id="error">{e.Encode(error)}</p>""";
        var html = $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>登录 · 党校教育培训协同平台</title>
            <style>
              body { margin: 0; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; background: #f5f5f5; color: #1f1f1f; }
              main { max-width: 22rem; margin: 12vh auto 0; padding: 2rem 1.5rem; background: #fff; border-radius: 8px; box-shadow: 0 2px 8px rgba(0,0,0,.08); }
              h1 { font-size: 1.25rem; margin: 0 0 .25rem; color: #a8071a; }
              p.lead { margin: 0 0 1.5rem; color: #595959; font-size: .875rem; }
              label { display: block; margin: 1rem 0 .25rem; font-size: .875rem; }
              input { box-sizing: border-box; width: 100%; padding: .6rem .75rem; font-size: 1rem; border: 1px solid #8c8c8c; border-radius: 6px; }
              button { width: 100%; margin-top: 1.5rem; padding: .7rem; font-size: 1rem; color: #fff; background: #a8071a; border: 0; border-radius: 6px; cursor: pointer; }
              .error { margin: 1rem 0 0; padding: .6rem .75rem; color: #820014; background: #fff1f0; border: 1px solid #ffa39e; border-radius: 6px; font-size: .875rem; }
            </style>
            </head>
            <body>
            <main>
            <h1>党校教育培训协同平台</h1>
            <p class="lead">请使用本校分配的账户登录</p>
            <form method="post" action="{{Path}}">
            <input type="hidden" name="{{e.Encode(tokens.FormFieldName)}}" value="{{e.Encode(tokens.RequestToken ?? "")}}">
            <input type="hidden" name="returnUrl" value="{{e.Encode(returnUrl)}}">
            <label for="username">用户名</label>
            <input id="username" name="username" autocomplete="username" required value="{{e.Encode(userName)}}">
            <label for="password">密码</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            {{alert}}
            <button type="submit">登录</button>
            </form>
            </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
