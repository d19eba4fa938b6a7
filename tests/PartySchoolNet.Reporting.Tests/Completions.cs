using PartySchoolNet.Enrollment.Contracts;

namespace PartySchoolNet.Reporting.Tests;

/// <summary>Completed classes as Enrollment publishes them, at schools of the 阜阳 tree, in a year no other test uses.</summary>
public sealed class Completions(ReportingHost host, int year)
{
    private static readonly ClassCategory[] Categories = [ClassCategory.Theory, ClassCategory.PartySpirit, ClassCategory.Capability];
    private static readonly ClassMode[] Modes = [ClassMode.OnSite, ClassMode.Outreach, ClassMode.SelfSelected, ClassMode.Remote];
    private readonly Random _random = new(year);

    /// <summary>The school's id and path: "fy", "fy.fn", "fy.fn.wjb", "fy.lq" …</summary>
    public async Task<(Guid Id, string Path)> SchoolAsync(string path) => (await host.SchoolIdAsync(path.Split('.').Last()), path);

    public async Task<List<ClassCompleted>> ManyAsync(int count, params string[] paths)
    {
        var schools = new List<(Guid, string)>();
        foreach (var path in paths)
        {
            schools.Add(await SchoolAsync(path));
        }
        return [.. Enumerable.Range(0, count).Select(_ => One(schools[_random.Next(schools.Count)]))];
    }

    public ClassCompleted One((Guid Id, string Path) school, int? month = null)
    {
        var end = new DateOnly(year, month ?? _random.Next(1, 13), _random.Next(1, 28));
        var hours = _random.Next(1, 9) * 4m;
        var trainees = Enumerable.Range(0, _random.Next(0, 40)).Select(_ => new TraineeCredit(
            Guid.NewGuid(), Guid.NewGuid(), school.Id, school.Path, PositionLevel.GeneralStaff,
            _random.Next(4) == 0 ? 0 : hours, hours, 0)).ToList();
        var snapshot = new ClassSnapshot
        {
            ClassId = Guid.NewGuid(), OwnerSchoolId = school.Id, OwnerSchoolPath = school.Path, Title = "测试班", Capacity = 50, CreditHours = hours,
            Category = Categories[_random.Next(Categories.Length)], Mode = Modes[_random.Next(Modes.Length)],
            StartDate = end.AddDays(-2), EndDate = end,
        };
        return new ClassCompleted(snapshot, _random.Next(1, 10), trainees, new DateTimeOffset(end.ToDateTime(new TimeOnly(18, 0)), TimeSpan.FromHours(8)));
    }
}
