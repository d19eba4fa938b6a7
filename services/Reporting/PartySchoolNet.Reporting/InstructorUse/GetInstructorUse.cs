using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Periods;
using PartySchoolNet.Reporting.Scope;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Reporting.InstructorUse;

/// <summary>
/// Sessions and hours taught by the scope's instructors (released assignments left out), by instructor and kind, and the
/// loans between counties that the scope lends or borrows. A county is the first two parts of a path ("fy.fn"); the city
/// school's own instructors lend as "fy". Instructors are summed by <see cref="InstructorTotals"/>; loans from the sessions
/// taught on loan, at the same time.
/// </summary>
internal sealed class GetInstructorUse(DbContext db, TimeProvider clock, IServiceScopeFactory scopes)
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

        var loans = LoansAsync(scope, months, ct);
        var (page, kinds) = await InstructorTotals.ReadAsync(db, scope, months, request.PageSize == 0 ? 100 : request.PageSize, ct);
        var busiest = await InstructorTotals.BusiestMonthAsync(db, scope, months, [.. page.Select(l => l.InstructorId)], ct);
        var (flows, names) = await loans;
        var use = new Contracts.InstructorUse
        {
            ScopePath = scope, FromMonth = MonthRange.Text(months.From), ToMonth = MonthRange.Text(months.To), InstructorCount = kinds.Sum(k => k.Instructors),
        };
        use.Instructors.AddRange(page.Select(l => new InstructorUseRow
        {
            InstructorId = l.InstructorId.ToString(), Name = l.Name ?? "", Kind = l.Kind ?? "", KindLabel = KindLabel(l.Kind), HomeSchoolPath = l.HomePath,
            Taught = Figures(l.Sessions, l.Hours), Lent = Figures(l.LentSessions, l.LentHours), BusiestMonthSessions = busiest.GetValueOrDefault(l.InstructorId), MonthlyLoadLimit = l.MonthlyLoadLimit,
            Rating = Math.Round(l.Rating, 1), RatingCount = l.RatingCount,
        }));
        use.Kinds.AddRange(kinds.Select(k => new KindUse
        {
            Kind = k.Kind, KindLabel = KindLabel(k.Kind), Instructors = k.Instructors, Taught = Figures(k.Sessions, k.Hours), Lent = Figures(k.LentSessions, k.LentHours),
        }));
        use.Loans.AddRange(flows.Select(f => new LoanFlow
        {
            LenderPath = f.Lender, LenderName = names.GetValueOrDefault(f.Lender, ""), BorrowerPath = f.Borrower,
            BorrowerName = names.GetValueOrDefault(f.Borrower, ""), Taught = Figures(f.Sessions, f.Hours),
        }));
        return use;
    }

    /// <summary>The loans and their schools' names, read in a context of their own beside the instructors' totals.</summary>
    private async Task<(List<FlowLine> Flows, Dictionary<string, string> Names)> LoansAsync(string scope, MonthRange months, CancellationToken ct)
    {
        await using var own = scopes.CreateAsyncScope();
        var loansDb = own.ServiceProvider.GetRequiredService<DbContext>();
        var flows = await loansDb.Database.SqlQueryRaw<FlowLine>(FlowsSql, scope, scope + ".%", months.From, months.To).ToListAsync(ct);
        var paths = flows.SelectMany(f => new[] { f.Lender, f.Borrower }).Distinct().ToList();
        var names = await loansDb.Set<SchoolReplica>().AsNoTracking().Where(s => paths.Contains(s.Path)).ToDictionaryAsync(s => s.Path, s => s.Name, ct);
        return (flows, names);
    }

    private static UseFigures Figures(int sessions, decimal hours) => new() { Sessions = sessions, Hours = (double)hours };

    private static string KindLabel(string? kind) =>
        Enum.TryParse<InstructorKind>(kind, out var k) ? InstructorLabels.Kinds.GetValueOrDefault(k, "") : "";
}
