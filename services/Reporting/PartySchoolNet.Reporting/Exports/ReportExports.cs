using System.Text;
using MiniExcelLibs;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Coverage;
using PartySchoolNet.Reporting.Evaluation;
using PartySchoolNet.Reporting.InstructorUse;
using PartySchoolNet.Reporting.Outreach;
using PartySchoolNet.Reporting.Overview;
using PartySchoolNet.Reporting.SiteUse;
using PartySchoolNet.Reporting.TrainingVolume;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Reporting.Exports;

/// <summary>
/// <c>GET /api/v1/reporting/exports/{report}.{xlsx|csv}</c> (overview, training-volume, instructor-use, coverage, outreach, site-use, evaluation) with the report's own query (months, school, groupBy, campaign, year): the same
/// figures, scoped the same way. XLSX has a sheet per table; CSV (UTF-8 with BOM, as Excel opens it) the first table.
/// The workbook is written to a temporary file and streamed from it, never held whole in memory.
/// </summary>
internal static class ReportExports
{
    private static readonly Dictionary<string, VolumeDimension> Dimensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["school"] = VolumeDimension.School, ["tier"] = VolumeDimension.Tier, ["month"] = VolumeDimension.Month,
        ["category"] = VolumeDimension.Category, ["mode"] = VolumeDimension.Mode,
    };

    /// <summary>A report's tables for the export's query, computed by the report's own handler.</summary>
    private delegate Task<Dictionary<string, object>> ReportTables(ExportQuery query, Caller caller, IServiceProvider services, CancellationToken ct);

    private sealed record ExportQuery(string FromMonth, string ToMonth, string SchoolId, string CampaignId, int Year, int NotTrainedYears, List<string> GroupBy);

    private static readonly Dictionary<string, ReportTables> Reports = new()
    {
        ["overview"] = async (q, caller, services, ct) => ExportTables.Of(await services.GetRequiredService<GetOverview>().HandleAsync(
            new GetOverviewRequest { Year = q.Year, SchoolId = q.SchoolId }, caller, ct)),
        ["training-volume"] = async (q, caller, services, ct) =>
        {
            var request = new GetTrainingVolumeRequest { FromMonth = q.FromMonth, ToMonth = q.ToMonth, SchoolId = q.SchoolId };
            request.GroupBy.AddRange(q.GroupBy.Select(d => Dimensions[d]));
            return ExportTables.Of(await services.GetRequiredService<GetTrainingVolume>().HandleAsync(request, caller, ct));
        },
        ["instructor-use"] = async (q, caller, services, ct) => ExportTables.Of(await services.GetRequiredService<GetInstructorUse>().HandleAsync(
            new GetInstructorUseRequest { FromMonth = q.FromMonth, ToMonth = q.ToMonth, SchoolId = q.SchoolId, PageSize = 500 }, caller, ct)),
        ["coverage"] = async (q, caller, services, ct) =>
        {
            var coverage = services.GetRequiredService<GetCoverage>();
            var report = await coverage.HandleAsync(new GetCoverageRequest { Year = q.Year, SchoolId = q.SchoolId, NotTrainedYears = q.NotTrainedYears, PageSize = 1 }, caller, ct);
            return ExportTables.Of(report, await coverage.AllGapsAsync(report, ct));
        },
        ["outreach"] = async (q, caller, services, ct) => ExportTables.Of(await services.GetRequiredService<GetOutreachReport>().HandleAsync(
            new GetOutreachReportRequest { FromMonth = q.FromMonth, ToMonth = q.ToMonth, SchoolId = q.SchoolId }, caller, ct)),
        ["site-use"] = async (q, caller, services, ct) => ExportTables.Of(await services.GetRequiredService<GetSiteUse>().HandleAsync(
            new GetSiteUseRequest { FromMonth = q.FromMonth, ToMonth = q.ToMonth, SchoolId = q.SchoolId, Top = 100 }, caller, ct)),
        ["evaluation"] = async (q, caller, services, ct) => ExportTables.Of(await services.GetRequiredService<GetEvaluationResults>().HandleAsync(
            new GetEvaluationResultsRequest { CampaignId = q.CampaignId, SchoolId = q.SchoolId }, caller, ct)),
    };

    public static void MapReportExports(this WebApplication app) => app.MapGet("/api/v1/reporting/exports/{file}", ExportAsync);

    private static async Task ExportAsync(string file, string? fromMonth, string? toMonth, string? schoolId, string? campaignId, int? year, int? notTrainedYears, string[]? groupBy,
        HttpContext http, CancellationToken ct)
    {
        var (report, format) = (Path.GetFileNameWithoutExtension(file), Path.GetExtension(file).TrimStart('.').ToLowerInvariant());
        var dimensions = (groupBy ?? []).SelectMany(g => g.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
        new FieldErrors().When(format is not ("xlsx" or "csv"), "format", "导出格式须为xlsx或csv")
            .When(dimensions.Any(d => !Dimensions.ContainsKey(d)), "group_by", "分组方式须为school、tier、month、category或mode")
            .When(!Reports.ContainsKey(report), "report", $"可导出的报表：{string.Join("、", Reports.Keys)}").ThrowIfAny();
        var query = new ExportQuery(fromMonth ?? "", toMonth ?? "", schoolId ?? "", campaignId ?? "", year ?? 0, notTrainedYears ?? 0, dimensions);
        var tables = await Reports[report](query, Caller.FromPrincipal(http.User), http.RequestServices, ct);

        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        if (format == "xlsx")
        {
            await buffer.SaveAsAsync(tables, excelType: ExcelType.XLSX, cancellationToken: ct);
        }
        else
        {
            await buffer.WriteAsync(Encoding.UTF8.GetPreamble(), ct);
            await buffer.SaveAsAsync(tables.Values.First(), excelType: ExcelType.CSV, cancellationToken: ct);
        }
        buffer.Position = 0;
        http.Response.ContentType = format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{report}.{format}\"";
        await buffer.CopyToAsync(http.Response.Body, ct);
    }
}
