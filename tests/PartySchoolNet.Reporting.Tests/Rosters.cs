using PartySchoolNet.Enrollment.Contracts;

namespace PartySchoolNet.Reporting.Tests;

/// <summary>Cadres on rosters and their credited classes as Enrollment publishes them, at schools of the 阜阳 tree.</summary>
public sealed class Rosters(ReportingHost host, int seed)
{
    public static readonly Dictionary<PositionLevel, decimal> Required = new()
    {
        [PositionLevel.SectionHead] = 90, [PositionLevel.GeneralStaff] = 90, [PositionLevel.VillageSecretary] = 48, [PositionLevel.VillageCommittee] = 32,
    };

    private readonly Random _random = new(seed);

    /// <summary>Cadres of two units at each school (by path), of random levels, as one roster change.</summary>
    public async Task<List<CadreSnapshot>> CadresAsync(int perSchool, params string[] paths)
    {
        var cadres = new List<CadreSnapshot>();
        foreach (var path in paths)
        {
            var schoolId = await host.SchoolIdAsync(path.Split('.').Last());
            var units = new[] { (Guid.NewGuid(), "党政办公室"), (Guid.NewGuid(), $"第{_random.Next(1, 9)}村") };
            for (var i = 0; i < perSchool; i++)
            {
                var (unitId, unitName) = units[i % 2];
                var level = Required.Keys.ElementAt(_random.Next(Required.Count));
                cadres.Add(new CadreSnapshot(Guid.NewGuid(), unitId, unitName, schoolId, path, $"学员{seed}-{cadres.Count}", level, Required[level], DateTimeOffset.UtcNow));
            }
        }
        return cadres;
    }

    /// <summary>A class at the school that ended in the year, crediting each trainee (0 hours to a few: they missed too much).</summary>
    public ClassCompleted Completed(IReadOnlyList<CadreSnapshot> trainees, int year, int month)
    {
        var end = new DateOnly(year, month, _random.Next(1, 28));
        var hours = _random.Next(2, 12) * 4m;
        var snapshot = new ClassSnapshot
        {
            ClassId = Guid.NewGuid(), OwnerSchoolId = trainees[0].SchoolId, OwnerSchoolPath = trainees[0].SchoolPath, Title = "覆盖测试班", Capacity = 50,
            CreditHours = hours, Category = ClassCategory.Theory, Mode = ClassMode.OnSite, StartDate = end.AddDays(-2), EndDate = end,
        };
        var credits = trainees.Select(t => new TraineeCredit(t.CadreId, t.UnitId, t.SchoolId, t.SchoolPath, t.PositionLevel,
            _random.Next(5) == 0 ? 0 : hours, hours, 0)).ToList();
        return new ClassCompleted(snapshot, 3, credits, new DateTimeOffset(end.ToDateTime(new TimeOnly(18, 0)), TimeSpan.FromHours(8)));
    }

    public Task PublishAsync(IReadOnlyList<CadreSnapshot> cadres) =>
        host.PublishAsync([new CadresChanged(Guid.NewGuid(), cadres, DateTimeOffset.UtcNow)], "CadresChangedConsumer");
}
