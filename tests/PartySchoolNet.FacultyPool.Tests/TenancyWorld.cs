using PartySchoolNet.FacultyPool.Contracts;

namespace PartySchoolNet.FacultyPool.Tests;

/// <summary>The host plus four instructors that differ in home school and sharing, the targets of the tenancy matrix.</summary>
public sealed class TenancyWorld : IAsyncLifetime
{
    public const string Topic = "权限矩阵专题";

    public FacultyPoolHost Host { get; } = new();

    /// <summary>王家坝's own, 阜南's shared with its county, 颍州's own, 颍州's shared with the whole city.</summary>
    public Dictionary<string, Instructor> Instructors { get; } = [];

    public async ValueTask InitializeAsync()
    {
        await Host.InitializeAsync();
        await (await Host.ClientFor("fy.admin")).DefineTopicAsync(new DefineTopicRequest { Name = Topic });
        foreach (var (target, home, scope) in new[]
        {
            ("wjb-own", "wjb", SharingScope.OwnSchool), ("fn-county", "fn", SharingScope.County),
            ("yz-own", "yz", SharingScope.OwnSchool), ("yz-city", "yz", SharingScope.City),
        })
        {
            var details = FacultyPoolHost.Details($"矩阵教师{target}", scope);
            details.Topics.Add(Topic);
            Instructors[target] = await Host.RegisterAsync("fy.admin", home, details);
        }
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
