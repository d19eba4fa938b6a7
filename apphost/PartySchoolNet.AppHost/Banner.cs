using System.Text;

namespace PartySchoolNet.AppHost;

internal static class Banner
{
    private static readonly (string User, string Who)[] SignIns =
    [
        ("fy.admin", "阜阳市委党校 管理员 (NetworkAdmin + SchoolAdmin)"),
        ("fy.dispatcher / fy.evaluator / fy.classmanager / fy.instructor", "阜阳市委党校 其他角色"),
        ("fn.admin", "阜南县委党校 管理员 (SchoolAdmin)"),
        ("fn.dispatcher / fn.evaluator / fn.classmanager / fn.instructor", "阜南县委党校 其他角色"),
        ("wjb.admin", "王家坝镇党校 管理员 (SchoolAdmin)"),
        ("wjb.dispatcher / wjb.evaluator / wjb.classmanager / wjb.instructor", "王家坝镇党校 其他角色"),
    ];

    public static string Text(PlatformSettings settings, string? dashboard, TimeSpan startedIn)
    {
        var gateway = $"http://127.0.0.1:{settings.GatewayHttpPort}";
        var text = new StringBuilder()
            .AppendLine()
            .AppendLine($"PartySchoolNet is up in {startedIn.TotalSeconds:0.0} s.")
            .AppendLine($"  Portal (open in a browser): {settings.PublicUrl}")
            .AppendLine($"  Gateway (JSON, HTTP/1.1): {gateway}")
            .AppendLine($"  Gateway (gRPC, h2c):      http://127.0.0.1:{settings.GatewayGrpcPort}")
            .AppendLine($"  Public address (token issuer): {settings.PublicUrl}  discovery: {settings.PublicUrl}.well-known/openid-configuration");
        if (dashboard is not null)
        {
            text.AppendLine($"  Dashboard (logs, traces, metrics of every resource): {dashboard}");
        }
        text.AppendLine($"  Data: {settings.DataDirectory}")
            .AppendLine("  Demo sign-ins (password Demo@2026):");
        foreach (var (user, who) in SignIns)
        {
            text.AppendLine($"    {user,-70} {who}");
        }
        return text
            .AppendLine("  Integrator client: demo-integrator / demo-integrator-secret (client_credentials)")
            .AppendLine("  Try:")
            .AppendLine($"    TOKEN=$(curl -s {gateway}/connect/token -d grant_type=password -d username=fn.admin -d password=Demo@2026 | jq -r .access_token)")
            .AppendLine($"    curl -s -H \"Authorization: Bearer $TOKEN\" {gateway}/api/v1/identity/schools")
            .AppendLine("  Press Ctrl+C to stop everything.")
            .ToString();
    }
}
