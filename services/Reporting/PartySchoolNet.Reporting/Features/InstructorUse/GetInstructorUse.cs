using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Features.Cells;
using PartySchoolNet.Reporting.Features.Periods;
using PartySchoolNet.Reporting.Features.Scope;
using PartySchoolNet.SchoolTree;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Reporting.Features.InstructorUse;

/// <summary>
/// Sessions and hours taught by the scope's instructors (released assignments left out), by instructor and kind, and the
/// loans between counties that the scope lends or borrows. A county is the first two parts of a path ("fy.fn"); the city
/// school's own instructors lend as "fy". Instructors are summed from their <see cref="InstructorYear"/>s, the months cut out
/// here; loans from the sessions taught on loan.
/// </summary>
internal sealed class GetInstructorUse(DbContext db, TimeProvider clock)
{
    private const string HomeCounty = "array_to_string((string_to_array(t.home_path, '.'))[1:2], '.')";
    private const string RequestingCounty = "array_to_string((string_to_array(t.requesting_path, '.'))[1:2], '.')";

    // The statement is constant; the scope and months go in as parameters {0}–{3}.
    private const string FlowsSql =
        $"""
        SELECT {HomeCounty} AS lender, {RequestingCounty} AS borrower, count(*)::int AS sessions, sum(t.hours) AS hours
        FROM taught_slots t
        WHERE t.lent AND NOT t.released AND t.month BETWEEN {"{2}"} AND {"{3}"}
          AND (t.home_path = {"{0}"} OR t.home_path LIKE {"{1}"} OR t.requesting_path = {"{0}"} OR t.requesting_path LIKE {"{1}"})
        GROUP BY 1, 2
        ORDER BY 1, 2
        """;

    private sealed record InstructorLine(
        Guid InstructorId, string? Name, string? Kind, string HomePath, int MonthlyLoadLimit, int Sessions, decimal Hours, int LentSessions,
        decimal LentHours, int Busiest, double Rating, int RatingCount);

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

        var lines = await InstructorsAsync(scope, months, ct);
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

    /// <summary>Each instructor who taught in the months, most hours first: their years' months summed, with their facts and ratings.</summary>
    private async Task<List<InstructorLine>> InstructorsAsync(string scope, MonthRange months, CancellationToken ct)
    {
        await StaleCells.RefreshAsync(db, InstructorYear.Model, ct);
        var inScope = db.Set<InstructorYear>().AsNoTracking().WhereWithin(scope, y => y.HomePath)
            .Where(y => y.Year >= months.From.Year && y.Year <= months.To.Year);
        var years = await inScope.ToListAsync(ct);
        var taught = years.SelectMany(y => Enumerable.Range(0, 12).Select(i => (Cell: y, Month: new DateOnly(y.Year, i + 1, 1), Index: i)))
            .Where(x => x.Month >= months.From && x.Month <= months.To && x.Cell.Sessions[x.Index] > 0)
            .GroupBy(x => x.Cell.InstructorId).ToList();
        // Joined to the years in scope in SQL: thousands of ids sent as an array would each be compared with every row.
        var ids = inScope.Select(y => y.InstructorId);
        var facts = await db.Set<InstructorFacts>().AsNoTracking().Where(i => ids.Contains(i.InstructorId)).ToDictionaryAsync(i => i.InstructorId, ct);
        var ratings = await db.Set<RatingTotal>().AsNoTracking().Where(r => ids.Contains(r.InstructorId)).ToDictionaryAsync(r => r.InstructorId, ct);
        return [.. taught.Select(g =>
            {
                var (fact, rating) = (facts.GetValueOrDefault(g.Key), ratings.GetValueOrDefault(g.Key));
                return new InstructorLine(g.Key, fact?.Name, fact?.Kind, g.Select(x => x.Cell.HomePath).Min(StringComparer.Ordinal)!, fact?.MonthlyLoadLimit ?? 0,
                    g.Sum(x => x.Cell.Sessions[x.Index]), g.Sum(x => x.Cell.Hours[x.Index]), g.Sum(x => x.Cell.LentSessions[x.Index]),
                    g.Sum(x => x.Cell.LentHours[x.Index]), g.GroupBy(x => x.Month).Max(m => m.Sum(x => x.Cell.Sessions[x.Index])),
                    rating is null ? 0 : rating.ScoreSum / rating.Ratings, rating?.Ratings ?? 0);
            })
            .OrderByDescending(l => l.Hours).ThenBy(l => l.Name is null).ThenBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.InstructorId.ToString())];
    }

    private static UseFigures Figures(int sessions, decimal hours) => new() { Sessions = sessions, Hours = (double)hours };

    private static string KindLabel(string? kind) =>
        Enum.TryParse<InstructorKind>(kind, out var k) ? InstructorLabels.Kinds.GetValueOrDefault(k, "") : "";
}
