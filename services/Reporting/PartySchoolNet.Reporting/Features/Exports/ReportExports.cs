using System.Text;
using MiniExcelLibs;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Features.InstructorUse;
using PartySchoolNet.Reporting.Features.TrainingVolume;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Reporting.Features.Exports;

/// <summary>
/// <c>GET /api/v1/reporting/exports/{report}.{xlsx|csv}</c> with the report's own query (months, school, groupBy): the same
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

    public static void MapReportExports(this WebApplication app) => app.MapGet("/api/v1/reporting/exports/{file}", ExportAsync);

    private static async Task ExportAsync(string file, string? fromMonth, string? toMonth, string? schoolId, string[]? groupBy, HttpContext http,
        GetTrainingVolume volume, GetInstructorUse use, CancellationToken ct)
    {
        var caller = Caller.FromPrincipal(http.User);
        var (report, format) = (Path.GetFileNameWithoutExtension(file), Path.GetExtension(file).TrimStart('.').ToLowerInvariant());
        var errors = new FieldErrors().When(format is not ("xlsx" or "csv"), "format", "导出格式须为xlsx或csv");
        var dimensions = (groupBy ?? []).SelectMany(g => g.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
        errors.When(dimensions.Any(d => !Dimensions.ContainsKey(d)), "group_by", "分组方式须为school、tier、month、category或mode");
        Dictionary<string, object>? tables = null;
        if (report == "training-volume")
        {
            errors.ThrowIfAny();
            var request = new GetTrainingVolumeRequest { FromMonth = fromMonth ?? "", ToMonth = toMonth ?? "", SchoolId = schoolId ?? "" };
            request.GroupBy.AddRange(dimensions.Select(d => Dimensions[d]));
            tables = ExportTables.Of(await volume.HandleAsync(request, caller, ct));
        }
        else if (report == "instructor-use")
        {
            errors.ThrowIfAny();
            var request = new GetInstructorUseRequest { FromMonth = fromMonth ?? "", ToMonth = toMonth ?? "", SchoolId = schoolId ?? "", PageSize = 500 };
            tables = ExportTables.Of(await use.HandleAsync(request, caller, ct));
        }
        errors.When(tables is null, "report", "可导出的报表：training-volume、instructor-use").ThrowIfAny();

        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        if (format == "xlsx")
        {
            await buffer.SaveAsAsync(tables!, excelType: ExcelType.XLSX, cancellationToken: ct);
        }
        else
        {
            await buffer.WriteAsync(Encoding.UTF8.GetPreamble(), ct);
            await buffer.SaveAsAsync(tables!.Values.First(), excelType: ExcelType.CSV, cancellationToken: ct);
        }
        buffer.Position = 0;
        http.Response.ContentType = format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{report}.{format}\"";
        await buffer.CopyToAsync(http.Response.Body, ct);
    }
}
