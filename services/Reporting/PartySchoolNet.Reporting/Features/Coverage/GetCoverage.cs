using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Features.Scope;
using PartySchoolNet.SchoolTree;
using PartySchoolNet.ServiceDefaults.Grpc;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Reporting.Features.Coverage;

/// <summary>
/// The scope's cadres against the year's requirement, from the rosters and credits Enrollment announced. Parameters: {0} the
/// scope's path, {1} the paths below it, {2} the year, {3} the first year of the "not trained for N years" window.
/// </summary>
internal sealed class GetCoverage(DbContext db, TimeProvider clock)
{
    private const int DefaultNotTrainedYears = 3;

    private const string Cadres =
        """
        WITH c AS (
            SELECT c.cadre_id, c.unit_id, c.unit_name, c.school_id, c.school_path, c.name, c.position_level, c.required_hours,
                   coalesce(y.hours, 0) AS earned, r.cadre_id IS NULL AS not_trained
            FROM cadres c
            LEFT JOIN cadre_credits y ON y.cadre_id = c.cadre_id AND y.year = {2}
            LEFT JOIN (SELECT DISTINCT cadre_id FROM cadre_credits WHERE year BETWEEN {3} AND {2}) r ON r.cadre_id = c.cadre_id
            WHERE (c.school_path = {0} OR c.school_path LIKE {1}))
        """;

    private const string Figures =
        """
        count(*)::int AS cadres, coalesce(sum(required_hours), 0) AS required_hours, coalesce(sum(earned), 0) AS earned_hours,
        count(*) FILTER (WHERE earned > 0)::int AS trained, count(*) FILTER (WHERE earned >= required_hours)::int AS met,
        count(*) FILTER (WHERE not_trained)::int AS not_trained, count(*) FILTER (WHERE earned < required_hours OR not_trained)::int AS gaps
        """;

    private const string BySchoolSql = Cadres + "SELECT school_id AS key, NULL::text AS unit_name, " + Figures + " FROM c GROUP BY ROLLUP (school_id)";

    private const string ByUnitSql = Cadres + "SELECT unit_id AS key, min(unit_name) AS unit_name, " + Figures + " FROM c WHERE school_path = {0} GROUP BY unit_id ORDER BY min(unit_name)";

    private const string GapsSql = Cadres +
        """
        , page AS (
            SELECT * FROM c WHERE earned < required_hours OR not_trained
            ORDER BY not_trained DESC, required_hours - earned DESC, school_path, name, cadre_id
            LIMIT {4} OFFSET {5})
        SELECT p.cadre_id, p.name, p.unit_name, p.school_id, p.school_path, p.position_level, p.required_hours, p.earned, p.not_trained,
               (SELECT max(x.last_trained) FROM cadre_credits x WHERE x.cadre_id = p.cadre_id AND x.year <= {2}) AS last_trained
        FROM page p
        ORDER BY p.not_trained DESC, p.required_hours - p.earned DESC, p.school_path, p.name, p.cadre_id
        """;

    private sealed class FiguresLine
    {
        public Guid? Key { get; init; }
        public string? UnitName { get; init; }
        public int Cadres { get; init; }
        public decimal RequiredHours { get; init; }
        public decimal EarnedHours { get; init; }
        public int Trained { get; init; }
        public int Met { get; init; }
        public int NotTrained { get; init; }
        public int Gaps { get; init; }
    }

    private sealed class GapLine
    {
        public Guid CadreId { get; init; }
        public string Name { get; init; } = "";
        public string UnitName { get; init; } = "";
        public Guid SchoolId { get; init; }
        public string SchoolPath { get; init; } = "";
        public string PositionLevel { get; init; } = "";
        public decimal RequiredHours { get; init; }
        public decimal Earned { get; init; }
        public bool NotTrained { get; init; }
        public DateOnly? LastTrained { get; init; }
    }

    public async Task<Contracts.Coverage> HandleAsync(GetCoverageRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        errors.When(request.Year != 0 && request.Year is < 2000 or > 2100, "year", "年份无效")
            .When(request.NotTrainedYears is < 0 or > 10, "not_trained_years", "未参训年数须在1至10之间");
        var page = errors.Page(request.PageSize, request.PageToken, 100, 1000);
        errors.ThrowIfAny();
        var year = request.Year == 0 ? ChinaTime.Day(clock.GetUtcNow()).Year : request.Year;
        var window = request.NotTrainedYears == 0 ? DefaultNotTrainedYears : request.NotTrainedYears;
        var scope = await db.ReportPathAsync(schoolId, caller, ct);
        object[] parameters = [scope, scope + ".%", year, year - window + 1, page.Size, page.Offset];

        var schools = await db.Database.SqlQueryRaw<FiguresLine>(BySchoolSql, parameters).ToListAsync(ct);
        var units = await db.Database.SqlQueryRaw<FiguresLine>(ByUnitSql, parameters).ToListAsync(ct);
        var gaps = await db.Database.SqlQueryRaw<GapLine>(GapsSql, parameters).ToListAsync(ct);
        var ids = schools.Select(s => s.Key).OfType<Guid>().Concat(gaps.Select(g => g.SchoolId)).Distinct().ToList();
        var known = await db.Set<SchoolReplica>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);

        var total = schools.SingleOrDefault(s => s.Key is null) ?? new FiguresLine();
        var coverage = new Contracts.Coverage
        {
            ScopePath = scope, Year = year, NotTrainedYears = window, Total = ToMessage(total), GapCount = total.Gaps, NextPageToken = page.NextToken(total.Gaps),
        };
        coverage.Schools.AddRange(schools.Where(s => s.Key is not null).Select(s => (Line: s, School: known.GetValueOrDefault(s.Key!.Value)))
            .OrderBy(s => s.School?.Path ?? "", StringComparer.Ordinal).Select(s => new SchoolCoverage
            {
                SchoolId = s.Line.Key.ToString(), SchoolName = s.School?.Name ?? "", SchoolPath = s.School?.Path ?? "", Figures = ToMessage(s.Line),
            }));
        coverage.Units.AddRange(units.Select(u => new UnitCoverage { UnitId = u.Key.ToString(), UnitName = u.UnitName ?? "", Figures = ToMessage(u) }));
        coverage.Gaps.AddRange(gaps.Select(g => Gap(g, known)));
        return coverage;
    }

    /// <summary>
    /// Every cadre of the report's gap list, in its order, read as the caller enumerates (an export of 100,000 rows never
    /// holds them all). The report has been checked and scoped by <see cref="HandleAsync"/>.
    /// </summary>
    public async Task<IEnumerable<CadreGap>> AllGapsAsync(Contracts.Coverage coverage, CancellationToken ct)
    {
        var known = await db.Set<SchoolReplica>().AsNoTracking().WhereWithin(coverage.ScopePath, s => s.Path).ToDictionaryAsync(s => s.Id, ct);
        object?[] parameters = [coverage.ScopePath, coverage.ScopePath + ".%", coverage.Year, coverage.Year - coverage.NotTrainedYears + 1, null, 0];
        return db.Database.SqlQueryRaw<GapLine>(GapsSql, parameters!).AsEnumerable().Select(g => Gap(g, known));
    }

    private static CadreGap Gap(GapLine g, IReadOnlyDictionary<Guid, SchoolReplica> known) => new()
    {
        CadreId = g.CadreId.ToString(), Name = g.Name, UnitName = g.UnitName, SchoolName = known.GetValueOrDefault(g.SchoolId)?.Name ?? "",
        SchoolPath = g.SchoolPath, PositionLevel = g.PositionLevel,
        PositionLevelLabel = Enum.TryParse<PositionLevel>(g.PositionLevel, out var level) ? Labels.PositionLevels.GetValueOrDefault(level, "") : "",
        RequiredHours = (double)g.RequiredHours, EarnedHours = (double)g.Earned, ShortHours = (double)Math.Max(0, g.RequiredHours - g.Earned),
        LastTrained = g.LastTrained?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", NotTrainedForYears = g.NotTrained,
    };

    private static CoverageFigures ToMessage(FiguresLine l) => new()
    {
        Cadres = l.Cadres, RequiredHours = (double)l.RequiredHours, EarnedHours = (double)l.EarnedHours, Trained = l.Trained, Met = l.Met,
        ShortOfHours = l.Cadres - l.Met, NotTrainedForYears = l.NotTrained,
        TrainedRate = l.Cadres == 0 ? 0 : Math.Round((double)l.Trained / l.Cadres, 4), MetRate = l.Cadres == 0 ? 0 : Math.Round((double)l.Met / l.Cadres, 4),
    };
}
