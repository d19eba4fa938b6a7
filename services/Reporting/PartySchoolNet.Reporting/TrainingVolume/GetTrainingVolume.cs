using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Periods;
using PartySchoolNet.Reporting.Scope;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.Reporting.TrainingVolume;

/// <summary>Sums the volume cells of the caller's scope (or one school's subtree) over the months, by the dimensions asked.</summary>
internal sealed class GetTrainingVolume(DbContext db, TimeProvider clock)
{
    /// <summary>One summed line; a dimension not grouped by is null.</summary>
    private sealed class Line
    {
        public Guid? SchoolId { get; init; }
        public string? Tier { get; init; }
        public DateOnly? Month { get; init; }
        public string? Category { get; init; }
        public string? Mode { get; init; }
        public int Classes { get; init; }
        public int Sessions { get; init; }
        public int TraineeTimes { get; init; }
        public decimal CreditedHours { get; init; }
    }

    public async Task<Contracts.TrainingVolume> HandleAsync(GetTrainingVolumeRequest request, Caller caller, CancellationToken ct)
    {
        var query = VolumeQuery.Read(request, clock.GetUtcNow());
        var scope = await db.ReportPathAsync(query.SchoolId, caller, ct);
        var lines = await SumAsync(scope, query.Months, query.GroupBy, ct);
        var ids = lines.Select(l => l.SchoolId).OfType<Guid>().Distinct().ToList();
        var names = await db.Set<SchoolReplica>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var previous = await SumAsync(scope, query.Months.YearEarlier, new HashSet<VolumeDimension>(), ct);

        var volume = new Contracts.TrainingVolume
        {
            ScopePath = scope, FromMonth = MonthRange.Text(query.Months.From), ToMonth = MonthRange.Text(query.Months.To),
            Total = Sum(lines), PreviousYearTotal = Sum(previous),
        };
        volume.Rows.AddRange(lines.Select(l => new TrainingVolumeRow
        {
            SchoolId = l.SchoolId?.ToString() ?? "", SchoolName = l.SchoolId is { } id ? names.GetValueOrDefault(id, "") : "", Tier = l.Tier ?? "",
            Month = l.Month is { } m ? MonthRange.Text(m) : "",
            Category = l.Category ?? "", CategoryLabel = Enum.TryParse<ClassCategory>(l.Category, out var category) ? Labels.Categories.GetValueOrDefault(category, "") : "",
            Mode = l.Mode ?? "", ModeLabel = Enum.TryParse<ClassMode>(l.Mode, out var mode) ? Labels.Modes.GetValueOrDefault(mode, "") : "",
            Figures = Figures(l),
        }));
        return volume;
    }

    private Task<List<Line>> SumAsync(string scope, MonthRange months, IReadOnlySet<VolumeDimension> by, CancellationToken ct)
    {
        string Column(VolumeDimension dimension, string expression, string type) => by.Contains(dimension) ? expression : $"NULL::{type}";
        // The grouped columns come from this fixed list, never from the request's text; the values are parameters.
        var sql =
            $$"""
            SELECT {{Column(VolumeDimension.School, "v.school_id", "uuid")}} AS school_id, {{Column(VolumeDimension.Tier, "s.tier", "text")}} AS tier,
                   {{Column(VolumeDimension.Month, "v.month", "date")}} AS month, {{Column(VolumeDimension.Category, "v.category", "text")}} AS category,
                   {{Column(VolumeDimension.Mode, "v.mode", "text")}} AS mode,
                   SUM(v.classes)::int AS classes, SUM(v.sessions)::int AS sessions, SUM(v.trainee_times)::int AS trainee_times,
                   SUM(v.credited_hours) AS credited_hours
            FROM {{(by.Contains(VolumeDimension.Category) || by.Contains(VolumeDimension.Mode) ? "training_volume" : "training_volume_months")}} v
                 LEFT JOIN schools s ON s.id = v.school_id
            WHERE (v.school_path = {0} OR v.school_path LIKE {1}) AND v.month BETWEEN {2} AND {3}
            GROUP BY 1, 2, 3, 4, 5
            ORDER BY 1, 2, 3, 4, 5
            """;
        return db.Database.SqlQueryRaw<Line>(sql, scope, scope + ".%", months.From, months.To).ToListAsync(ct);
    }

    /// <summary>The lines partition the scope's cells, so their sum is the total.</summary>
    private static VolumeFigures Sum(IReadOnlyCollection<Line> lines) => new()
    {
        Classes = lines.Sum(l => l.Classes), Sessions = lines.Sum(l => l.Sessions), TraineeTimes = lines.Sum(l => l.TraineeTimes),
        CreditedHours = (double)lines.Sum(l => l.CreditedHours),
    };

    private static VolumeFigures Figures(Line line) => new()
    {
        Classes = line.Classes, Sessions = line.Sessions, TraineeTimes = line.TraineeTimes, CreditedHours = (double)line.CreditedHours,
    };
}
