using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Scope;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Grpc;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Reporting.Coverage;

/// <summary>
/// The scope's cadres against the year's requirement, from the rosters and credits Enrollment announced: figures from the
/// units' <see cref="CoverageCell"/>s, the gap list from the cadres themselves (first those not trained for N years, most hours
/// short first, read in an index's order; then those trained but short). Parameters: {0} the scope's path, {1} the paths
/// below it, {2} the year, {3} N, {4} a page's size, {5} its offset within its part.
/// </summary>
internal sealed class GetCoverage(DbContext db, TimeProvider clock)
{
    private const int DefaultNotTrainedYears = 3;

    private const string Figures =
        """
        coalesce(sum(cadres), 0)::int AS cadres, coalesce(sum(required_hours), 0) AS required_hours, coalesce(sum(earned_hours), 0) AS earned_hours,
        coalesce(sum(trained), 0)::int AS trained, coalesce(sum(met), 0)::int AS met,
        coalesce(sum(not_trained[{3}]), 0)::int AS not_trained, coalesce(sum(gaps[{3}]), 0)::int AS gaps
        FROM coverage_cells WHERE year = {2}
        """;

    private const string BySchoolSql = "SELECT school_id AS key, NULL::text AS unit_name, " + Figures + " AND (school_path = {0} OR school_path LIKE {1}) GROUP BY ROLLUP (school_id)";

    private const string ByUnitSql = "SELECT unit_id AS key, min(unit_name) AS unit_name, " + Figures + " AND school_path = {0} GROUP BY unit_id ORDER BY min(unit_name)";

    private const string GapColumns =
        """
        SELECT c.cadre_id, c.name, c.unit_name, c.school_id, c.school_path, c.position_level, c.required_hours,
               (SELECT max(x.last_trained) FROM cadre_credits x WHERE x.cadre_id = c.cadre_id AND x.year <= {2}) AS last_trained,
        """;

    private const string TrainedIn = "(SELECT 1 FROM cadre_credits x WHERE x.cadre_id = c.cadre_id AND x.year BETWEEN {2} - {3} + 1 AND {2})";

    private const string NotTrainedSql = GapColumns +
        """
               0::numeric AS earned, true AS not_trained
        FROM cadres c
        WHERE (c.school_path = {0} OR c.school_path LIKE {1}) AND NOT EXISTS
        """ + TrainedIn + " ORDER BY c.required_hours DESC, c.school_path, c.name, c.cadre_id LIMIT {4} OFFSET {5}";

    private const string ShortSql = GapColumns +
        """
               coalesce(y.hours, 0) AS earned, false AS not_trained
        FROM cadres c LEFT JOIN cadre_credits y ON y.cadre_id = c.cadre_id AND y.year = {2}
        WHERE (c.school_path = {0} OR c.school_path LIKE {1}) AND coalesce(y.hours, 0) < c.required_hours AND EXISTS
        """ + TrainedIn + " ORDER BY c.required_hours - coalesce(y.hours, 0) DESC, c.school_path, c.name, c.cadre_id LIMIT {4} OFFSET {5}";

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
        await CoverageCells.RefreshAsync(db, year, ct);

        object[] parameters = [scope, scope + ".%", year, window, page.Size, page.Offset];
        var schools = await db.Database.SqlQueryRaw<FiguresLine>(BySchoolSql, parameters).ToListAsync(ct);
        var units = await db.Database.SqlQueryRaw<FiguresLine>(ByUnitSql, parameters).ToListAsync(ct);
        var total = schools.SingleOrDefault(s => s.Key is null) ?? new FiguresLine();
        var gaps = await GapPageAsync(scope, year, window, total.NotTrained, page.Size, page.Offset, ct);
        var ids = schools.Select(s => s.Key).OfType<Guid>().Concat(gaps.Select(g => g.SchoolId)).Distinct().ToList();
        var known = await db.Set<SchoolReplica>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);

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
        object?[] parameters = [coverage.ScopePath, coverage.ScopePath + ".%", coverage.Year, coverage.NotTrainedYears, null, 0];
        return db.Database.SqlQueryRaw<GapLine>(NotTrainedSql, parameters!).AsEnumerable()
            .Concat(db.Database.SqlQueryRaw<GapLine>(ShortSql, parameters!).AsEnumerable())
            .Select(g => Gap(g, known));
    }

    /// <summary>A page of the gap list: its part of those not trained for N years (<paramref name="notTrained"/> of them), then of those short.</summary>
    private async Task<List<GapLine>> GapPageAsync(string scope, int year, int window, int notTrained, int size, int offset, CancellationToken ct)
    {
        var gaps = new List<GapLine>();
        if (offset < notTrained)
        {
            gaps.AddRange(await db.Database.SqlQueryRaw<GapLine>(NotTrainedSql, scope, scope + ".%", year, window, size, offset).ToListAsync(ct));
        }
        if (gaps.Count < size)
        {
            gaps.AddRange(await db.Database.SqlQueryRaw<GapLine>(ShortSql, scope, scope + ".%", year, window, size - gaps.Count, Math.Max(0, offset - notTrained)).ToListAsync(ct));
        }
        return gaps;
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
