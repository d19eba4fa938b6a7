using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Credits;
using PartySchoolNet.Enrollment.Roster;
using PartySchoolNet.Enrollment.Selection;
using PartySchoolNet.Enrollment.Teaching;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceKit;
using static PartySchoolNet.Enrollment.Seeding.DemoCurriculum;

namespace PartySchoolNet.Enrollment.Seeding;

/// <summary>
/// One school's demo roster and year of training, decided by its code alone: its units and cadres (about 100,000 over
/// the 阜阳 network), a year of completed classes with sessions, attendance and credited hours (by the same attendance
/// rule as the service), a class in progress, a class taking nominations and, at the city and counties, self-selected courses.
/// </summary>
internal sealed class DemoTraining(SchoolReplica school, AttendanceRule rule, DateTimeOffset now)
{
    private static readonly TimeOnly[] SessionStarts = [new(8, 30), new(14, 30)];
    private readonly Random _random = DemoRandom.For("enrollment:" + school.Code);
    private readonly DateOnly _today = ChinaTime.Day(now);
    private readonly List<(SendingUnit Unit, List<Cadre> Cadres)> _roster = [];
    private int _staffNo;

    public List<SendingUnit> Units { get; } = [];
    public List<Cadre> Cadres { get; } = [];
    public List<TrainingClass> Classes { get; } = [];
    public List<Participant> Participants { get; } = [];
    public List<ClassSession> Sessions { get; } = [];
    public List<Attendance> Attendance { get; } = [];
    public List<CreditRecord> Credits { get; } = [];

    /// <summary>The completed classes as the service announces them, so that reports have the demo's year too.</summary>
    public List<ClassCompleted> Completions { get; } = [];

    public DemoTraining Build()
    {
        BuildRoster();
        var (templates, completed) = For(school.Tier);
        for (var i = 0; i < completed; i++)
        {
            var start = _today.AddDays(-10 - (350 * (i + 1) / completed) + _random.Next(0, 10));
            Run(templates[i % templates.Length], start, ClassState.Completed);
        }
        Run(templates[completed % templates.Length], _today.AddDays(-1), ClassState.InProgress);
        Run(templates[(completed + 1) % templates.Length], _today.AddDays(21 + _random.Next(0, 14)), ClassState.Open);
        if (school.Tier != SchoolTier.Township)
        {
            Run(Menu[school.Tier == SchoolTier.City ? 0 : 1], _today.AddDays(10 + _random.Next(0, 10)), ClassState.Open);
        }
        return this;
    }

    private void BuildRoster()
    {
        switch (school.Tier)
        {
            case SchoolTier.City:
                AddUnits(CityUnits, CityUnit);
                break;
            case SchoolTier.County:
                AddUnits(CountyUnits, CountyUnit);
                break;
            default:
                AddUnits(TownshipOffices, TownshipOffice);
                AddUnits([.. DemoNames.Villages(_random, VillagesPerTownship).Select(v => v + "村")], Village);
                break;
        }
    }

    private void AddUnits(string[] names, Staffing staffing)
    {
        foreach (var name in names)
        {
            var unit = SendingUnit.Create(school, name, now);
            var cadres = Enumerable.Range(0, staffing.Cadres).Select(i => Cadre.Register(unit, Person(Level(staffing, i)), now)).ToList();
            Units.Add(unit);
            Cadres.AddRange(cadres);
            _roster.Add((unit, cadres));
        }
    }

    private static PositionLevel Level(Staffing staffing, int index)
    {
        var percent = index * 100 / staffing.Cadres;
        foreach (var (level, share) in staffing.Levels)
        {
            if (percent < share)
            {
                return level;
            }
            percent -= share;
        }
        return staffing.Levels[^1].Level;
    }

    private CadreSpec Person(PositionLevel level)
    {
        var leader = level is PositionLevel.CountyHead or PositionLevel.CountyDeputy or PositionLevel.SectionHead or PositionLevel.VillageSecretary
            || level == PositionLevel.SectionDeputy && _random.Next(2) == 0;
        var years = level switch
        {
            PositionLevel.PartyActivist => _random.Next(0, 4),
            PositionLevel.GeneralStaff or PositionLevel.VillageCommittee => _random.Next(0, 25),
            _ => _random.Next(5, 32),
        };
        return new CadreSpec($"{school.Code.ToUpperInvariant()}-{++_staffNo:D5}", DemoNames.Person(_random), level, years, leader);
    }

    private void Run(Template template, DateOnly start, ClassState state)
    {
        var eligible = Cadres.Where(c => template.Levels.Length == 0 || template.Levels.Contains(c.PositionLevel)).ToList();
        var capacity = Math.Max(10, Math.Min(school.Tier == SchoolTier.Township ? 45 : 60, eligible.Count / 2));
        var end = start.AddDays(template.Days - 1);
        var quotaUnits = state == ClassState.Open && template.Mode != ClassMode.SelfSelected
            ? _roster.Where(r => r.Cadres.Any(eligible.Contains)).OrderBy(_ => _random.Next()).Take(6).ToList()
            : [];
        var spec = new ClassSpec($"{start.Year}年{template.Title}", "", template.Category, template.Mode, start, end, capacity, template.CreditHours,
            new TargetRules { PositionLevels = [.. template.Levels] }, [.. quotaUnits.Select(u => (u.Unit.Id, Math.Max(2, capacity / 5)))]);
        var training = TrainingClass.Create(school, spec, now);
        training.MoveTo(ClassState.Open, "", now);
        Classes.Add(training);
        var pool = quotaUnits.Count > 0 ? [.. quotaUnits.SelectMany(u => u.Cadres.Where(eligible.Contains))] : eligible;
        var chosen = pool.OrderBy(_ => _random.Next()).Take(state == ClassState.Open ? capacity / 2 : capacity * 9 / 10).ToList();
        var trainees = chosen.Select(c => Participant.Nominate(training, c, null, template.Mode == ClassMode.SelfSelected ? EnrollmentSource.SelfSelected : EnrollmentSource.Nomination, "演示数据", now)).ToList();
        Participants.AddRange(trainees);
        foreach (var trainee in trainees.Where((_, i) => state != ClassState.Open || i % 2 == 0).Where(t => training.HasRoomFor(t.UnitId)))
        {
            training.TakeSeat(trainee.UnitId);
            trainee.Confirm(now);
        }
        if (state == ClassState.Open)
        {
            return;
        }
        training.MoveTo(ClassState.InProgress, "", now);
        var confirmed = trainees.Where(t => t.Status == EnrollmentStatus.Confirmed).ToList();
        var sessions = PlanSessions(training, template);
        foreach (var session in sessions.Where(s => s.StartsAt < now))
        {
            Attendance.AddRange(confirmed.Select(t => new Attendance
            {
                SessionId = session.Id, ParticipantId = t.Id, Status = Mark(), MarkedBy = "班主任", MarkedAt = session.EndsAt,
            }));
        }
        if (state == ClassState.Completed)
        {
            Complete(training, confirmed, sessions);
        }
    }

    private List<ClassSession> PlanSessions(TrainingClass training, Template template)
    {
        var sessions = Enumerable.Range(0, template.Days).SelectMany(d => SessionStarts.Take(template.SessionsPerDay).Select(time =>
        {
            var startsAt = ChinaTime.Instant(training.StartDate.AddDays(d), time);
            return ClassSession.Plan(training.Id, $"{Labels.Categories[template.Category]}专题第{d + 1}讲", startsAt, startsAt.AddHours(3), null, null,
                school.Tier == SchoolTier.Township ? "新时代文明实践所" : "党校报告厅", now);
        })).ToList();
        Sessions.AddRange(sessions);
        return sessions;
    }

    private AttendanceStatus Mark() => _random.Next(100) switch
    {
        < 88 => AttendanceStatus.Present,
        < 93 => AttendanceStatus.Late,
        < 98 => AttendanceStatus.Leave,
        _ => AttendanceStatus.Absent,
    };

    private void Complete(TrainingClass training, List<Participant> trainees, List<ClassSession> sessions)
    {
        var hours = sessions.ToDictionary(s => s.Id, s => s.Hours);
        var missed = Attendance.Where(a => hours.ContainsKey(a.SessionId) && Teaching.Attendance.Misses(a.Status))
            .GroupBy(a => a.ParticipantId).ToDictionary(g => g.Key, g => g.Sum(a => hours[a.SessionId]));
        var credits = ClassCrediting.Credit(training, trainees, hours.Values.Sum(), missed, rule, Credits.Add, NamesOf);
        training.MoveTo(ClassState.Completed, "", now);
        Completions.Add(new ClassCompleted(training.Snapshot(), sessions.Count, credits, now) { SessionsTaught = [.. sessions.OrderBy(s => s.StartsAt).Select(s => s.Taught())], Demo = true });
    }

    private (string Name, string UnitName) NamesOf(Participant trainee) =>
        _roster.Where(r => r.Unit.Id == trainee.UnitId).Select(r => (r.Cadres.Single(c => c.Id == trainee.CadreId).Name, r.Unit.Name)).FirstOrDefault(("", ""));
}
