using PartySchoolNet.Enrollment.Contracts;
using static PartySchoolNet.Enrollment.Tests.EnrollmentHost;

namespace PartySchoolNet.Enrollment.Tests;

/// <summary>The host plus the matrix's targets: published classes of 王家坝, 阜南 and 颍州, a draft of 阜南; a pool of 王家坝 cadres to nominate.</summary>
public sealed class TenancyWorld : IAsyncLifetime
{
    public const string Unit = "矩阵测试村";

    private int _nextCadre;
    private int _nextSlot;

    public EnrollmentHost Host { get; } = new();

    public Dictionary<string, TrainingClass> Classes { get; } = [];

    public List<Cadre> Cadres { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        await Host.InitializeAsync();
        Cadres = [.. (await Host.ImportAsync("wjb.admin", "wjb", [.. Enumerable.Range(0, 40).Select(i => new Person(Unit, $"矩阵学员{i}"))])).Values];
        foreach (var (target, owner) in new[] { ("wjb", "wjb"), ("fn", "fn"), ("yz", "yz") })
        {
            Classes[target] = await Host.OpenClassAsync("fy.admin", owner, Details($"矩阵班次{target}", capacity: 100, daysFromToday: 10, days: 30));
        }
        var client = await Host.ClientFor("fy.admin");
        Classes["fn-draft"] = await client.CreateClassAsync(new CreateClassRequest
        {
            OwnerSchoolId = (await Host.SchoolIdAsync("fn")).ToString(), Details = Details("矩阵草稿班次", capacity: 100, daysFromToday: 10, days: 30),
        });
    }

    /// <summary>A 王家坝 cadre no other cell has nominated.</summary>
    public Cadre NextCadre() => Cadres[Interlocked.Increment(ref _nextCadre) - 1];

    /// <summary>A half-hour no other cell's session takes.</summary>
    public int NextSlot() => Interlocked.Increment(ref _nextSlot);

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
