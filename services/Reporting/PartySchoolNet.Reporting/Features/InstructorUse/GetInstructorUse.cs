using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Features.Cells;
using PartySchoolNet.Reporting.Features.Periods;
using PartySchoolNet.Reporting.Features.Scope;
using PartySchoolNet.SchoolTree;

namespace PartySchoolNet.Reporting.Features.InstructorUse;

/// <summary>
/// Sessions and hours taught by the scope's instructors (released assignments left out), by instructor and kind, and the
/// loans between counties that the scope lends or borrows. A county is the first two parts of a path ("fy.fn"); the city
/// school's own instructors lend as "fy". Instructors are summed from their <see cref="InstructorYear"/>s; loans from the
/// sessions taught on loan.
/// </summary>
internal sealed class GetInstructorUse(DbContext db, TimeProvider clock)
{
    private const string HomeCounty = "array_to_string((string_to_array(t.home_path, '.'))[1:2], '.')";
    private const string RequestingCounty = "array_to_string((string_to_array(t.requesting_path, '.'))[1:2], '.')";

    // The statements are constant; the scope and months go in as parameters: {0}–{1} the scope, {2}–{3} the months, and for
    // the instructors' years {4}–{7} the first year and month, the last year and month.
    private const string InstructorsSql =
        """
        WITH yearly AS (
            SELECT y.instructor_id, y.home_path, s.sessions, s.busiest, s.hours, s.lent_sessions, s.lent_hours
            FROM instructor_years y
            CROSS JOIN LATERAL (SELECT CASE WHEN y.year = {4} THEN {5} ELSE 1 END AS lo, CASE WHEN y.year = {6} THEN {7} ELSE 12 END AS hi) r
            CROSS JOIN LATERAL (
                SELECT sum(a) AS sessions, max(a) AS busiest, sum(b) AS hours, sum(c) AS lent_sessions, sum(d) AS lent_hours
                FROM unnest(y.sessions[r.lo:r.hi], y.hours[r.lo:r.hi], y.lent_sessions[r.lo:r.hi], y.lent_hours[r.lo:r.hi]) AS u (a, b, c, d)) s
            WHERE y.year BETWEEN {4} AND {6} AND (y.home_path = {0} OR y.home_path LIKE {1}))
        SELECT m.instructor_id, i.name, i.kind, min(m.home_path) AS home_path, coalesce(max(i.monthly_load_limit), 0) AS monthly_load_limit,
               sum(m.sessions)::int AS sessions, sum(m.hours) AS hours, sum(m.lent_sessions)::int AS lent_sessions,
               sum(m.lent_hours) AS lent_hours, max(m.busiest)::int AS busiest,
               coalesce(max(r.rating), 0) AS rating, coalesce(max(r.ratings), 0)::int AS rating_count
        FROM yearly m LEFT JOIN instructors i ON i.instructor_id = m.instructor_id
             LEFT JOIN (SELECT instructor_id, avg(score) AS rating, count(*) AS ratings FROM instructor_ratings GROUP BY instructor_id) r
                    ON r.instructor_id = m.instructor_id
        GROUP BY m.instructor_id, i.name, i.kind
        HAVING sum(m.sessions) > 0
        ORDER BY hours DESC, i.name, m.instructor_id
        """;

    private const string FlowsSql =
        $"""
        SELECT {HomeCounty} AS lender, {RequestingCounty} AS borrower, count(*)::int AS sessions, sum(t.hours) AS hours
        FROM taught_slots t
        WHERE t.lent AND NOT t.released AND t.month BETWEEN {"{2}"} AND {"{3}"}
          AND (t.home_path = {"{0}"} OR t.home_path LIKE {"{1}"} OR t.requesting_path = {"{0}"} OR t.requesting_path LIKE {"{1}"})
        GROUP BY 1, 2
        ORDER BY 1, 2
        """;

    private sealed class InstructorLine
    {
        public Guid InstructorId { get; init; }
        public string? Name { get; init; }
        public string? Kind { get; init; }
        public string HomePath { get; init; } = "";
        public int MonthlyLoadLimit { get; init; }
        public int Sessions { get; init; }
        public decimal Hours { get; init; }
        public int LentSessions { get; init; }
        public decimal LentHours { get; init; }
        public int Busiest { get; init; }
        public double Rating { get; init; }
        public int RatingCount { get; init; }
    }

    private sealed class FlowLine
    {
        public string Lender { get; init; } = "";
        public string Borrower { get; init; } = "";
        public int Sessions { get; init; }
        public decimal Hours { get; init; }
    }

    public async Task<Contracts.InstructorUse> HandleAsync(GetInstructorUseRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var months = MonthRange.Read(errors, request.FromMonth, request.ToMonth, clock.GetUtcNow());
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        errors.When(request.PageSize is < 0 or > 500, "page_size", "每页数量须在1至500之间").ThrowIfAny();
        var scope = await db.ReportPathAsync(schoolId, caller, ct);
        var (within, under) = (scope, scope + ".%");

        await StaleCells.RefreshAsync(db, InstructorYear.Model, ct);
        var lines = await db.Database.SqlQueryRaw<InstructorLine>(InstructorsSql, within, under, months.From, months.To,
            months.From.Year, months.From.Month, months.To.Year, months.To.Month).ToListAsync(ct);
        var flows = await db.Database.SqlQueryRaw<FlowLine>(FlowsSql, within, under, months.From, months.To).ToListAsync(ct);

        var paths = flows.SelectMany(f => new[] { f.Lender, f.Borrower }).Distinct().ToList();
        var names = await db.Set<SchoolReplica>().AsNoTracking().Where(s => paths.Contains(s.Path)).ToDictionaryAsync(s => s.Path, s => s.Name, ct);
        var use = new Contracts.InstructorUse
        {
            ScopePath = scope, FromMonth = MonthRange.Text(months.From), ToMonth = MonthRange.Text(months.To), InstructorCount = lines.Count,
        };
        use.Instructors.AddRange(lines.Take(request.PageSize == 0 ? 100 : request.PageSize).Select(l => new InstructorUseRow
        {
            InstructorId = l.InstructorId.ToString(), Name = l.Name ?? "", Kind = l.Kind ?? "", KindLabel = KindLabel(l.Kind), HomeSchoolPath = l.HomePath,
            Taught = Figures(l.Sessions, l.Hours), Lent = Figures(l.LentSessions, l.LentHours), BusiestMonthSessions = l.Busiest, MonthlyLoadLimit = l.MonthlyLoadLimit,
            Rating = Math.Round(l.Rating, 1), RatingCount = l.RatingCount,
        }));
        use.Kinds.AddRange(lines.GroupBy(l => l.Kind ?? "").OrderByDescending(g => g.Sum(l => l.Hours)).Select(g => new KindUse
        {
            Kind = g.Key, KindLabel = KindLabel(g.Key), Instructors = g.Count(), Taught = Figures(g.Sum(l => l.Sessions), g.Sum(l => l.Hours)),
            Lent = Figures(g.Sum(l => l.LentSessions), g.Sum(l => l.LentHours)),
        }));
        use.Loans.AddRange(flows.Select(f => new LoanFlow
        {
            LenderPath = f.Lender, LenderName = names.GetValueOrDefault(f.Lender, ""), BorrowerPath = f.Borrower,
            BorrowerName = names.GetValueOrDefault(f.Borrower, ""), Taught = Figures(f.Sessions, f.Hours),
        }));
        return use;
    }

    private static UseFigures Figures(int sessions, decimal hours) => new() { Sessions = sessions, Hours = (double)hours };

    private static string KindLabel(string? kind) =>
        Enum.TryParse<InstructorKind>(kind, out var k) ? InstructorLabels.Kinds.GetValueOrDefault(k, "") : "";
}
