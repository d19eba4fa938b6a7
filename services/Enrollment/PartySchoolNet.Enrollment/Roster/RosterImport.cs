using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.Enrollment.Roster;

/// <summary>
/// A roster file as the organization department hands it over: all of it or nothing. Units are matched by name (new
/// names become units), cadres by staff number (known numbers are updated, new ones added), all in one save.
/// </summary>
internal sealed class RosterImport(EnrollmentDbContext db, IOptions<EnrollmentOptions> options, TimeProvider clock)
{
    public const int MaxRows = 50_000;
    public const int MaxReportedRows = 200;
    private static readonly string[] Columns = ["单位", "人员编号", "姓名", "职级", "任职年限", "是否领导"];
    private static readonly Dictionary<string, PositionLevel> LevelsByLabel = Labels.PositionLevels.ToDictionary(p => p.Value, p => p.Key);

    private sealed record Row(string UnitName, CadreSpec Spec);

    public async Task<ImportRosterResponse> HandleAsync(ImportRosterRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(RosterLookup.KeepingRoles);
        var errors = new FieldErrors();
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        errors.When(Encoding.UTF8.GetByteCount(request.Csv) > RosterLimits.MaxCsvBytes, "csv", RosterLimits.TooLarge).ThrowIfAny();
        var school = await db.GetActingSchoolAsync(schoolId, caller, ct);
        var rows = Read(request.Csv);

        var now = clock.GetUtcNow();
        var units = await db.Units.Where(u => u.SchoolId == school.Id).ToDictionaryAsync(u => u.Name, StringComparer.Ordinal, ct);
        var cadres = await db.Cadres.Where(c => c.SchoolId == school.Id).ToDictionaryAsync(c => c.StaffNo, StringComparer.Ordinal, ct);
        var response = new ImportRosterResponse();
        var changed = new List<(Cadre, string)>();
        foreach (var row in rows)
        {
            if (!units.TryGetValue(row.UnitName, out var unit))
            {
                units[row.UnitName] = unit = SendingUnit.Create(school, row.UnitName, now);
                db.Units.Add(unit);
                response.UnitsAdded++;
            }
            if (!cadres.TryGetValue(row.Spec.StaffNo, out var cadre))
            {
                cadre = Cadre.Register(unit, row.Spec, now);
                db.Cadres.Add(cadre);
                changed.Add((cadre, unit.Name));
                response.CadresAdded++;
            }
            else if (cadre.Differs(unit, row.Spec))
            {
                cadre.Change(unit, row.Spec, now);
                changed.Add((cadre, unit.Name));
                response.CadresUpdated++;
            }
        }
        db.AnnounceCadres(changed, options.Value, now);
        await db.SaveOrRefuseAsync(Conflict, Conflict, ct);
        return response;
    }

    private static readonly Refusal Conflict = new("roster_changed_concurrently", "本校名册正被同时修改，请稍后重新导入");

    /// <summary>Every row checked; any bad row refuses the file, reporting the first <see cref="MaxReportedRows"/> bad rows by line.</summary>
    private static List<Row> Read(string csv)
    {
        var errors = new FieldErrors();
        var (records, unclosed) = Csv.Parse(csv);
        if (unclosed is { } line)
        {
            errors.Add($"csv[{line}]", $"第{line}行：引号未闭合").ThrowIfAny();
        }
        if (records.Count == 0)
        {
            errors.Add("csv", "名册为空").ThrowIfAny();
        }
        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        var index = Columns.ToDictionary(c => c, c => header.IndexOf(c));
        if (index.Values.Any(i => i < 0))
        {
            errors.Add("csv[1]", $"第1行须为表头：{string.Join(",", Columns)}（缺少{string.Join("、", index.Where(p => p.Value < 0).Select(p => p.Key))}）").ThrowIfAny();
        }
        errors.When(records.Count - 1 > MaxRows, "csv", $"一次最多导入{MaxRows}行").ThrowIfAny();

        var (rows, seen, badRows) = (new List<Row>(), new Dictionary<string, int>(StringComparer.Ordinal), 0);
        foreach (var record in records.Skip(1))
        {
            var rowErrors = new FieldErrors();
            var row = ReadRow(record, header.Count, index, rowErrors, seen);
            if (row is not null)
            {
                rows.Add(row);
                continue;
            }
            if (++badRows <= MaxReportedRows)
            {
                errors.AddAll(rowErrors);
            }
        }
        errors.When(badRows > MaxReportedRows, "csv", $"共{badRows}行有误，以上仅列出前{MaxReportedRows}行；改正后请重新导入整个文件").ThrowIfAny();
        return rows;
    }

    private static Row? ReadRow(CsvRecord record, int columns, Dictionary<string, int> index, FieldErrors errors, Dictionary<string, int> seen)
    {
        var (at, line) = ($"csv[{record.Line}]", $"第{record.Line}行：");
        if (record.Fields.Count != columns)
        {
            errors.Add(at, $"{line}应有{columns}列，实际{record.Fields.Count}列");
            return null;
        }
        string Cell(string column) => record.Fields[index[column]].Trim();
        var unitName = errors.UnitName(Cell("单位"), $"{at}.unit", line);
        var levelKnown = LevelsByLabel.TryGetValue(Cell("职级"), out var level);
        errors.When(!levelKnown, $"{at}.position_level", $"{line}职级“{Cell("职级")}”无法识别，应为{string.Join("、", Labels.PositionLevels.Values)}之一");
        var yearsKnown = int.TryParse(Cell("任职年限"), NumberStyles.None, CultureInfo.InvariantCulture, out var years);
        errors.When(!yearsKnown, $"{at}.years_of_service", $"{line}任职年限“{Cell("任职年限")}”须为整数");
        var leader = Cell("是否领导");
        errors.When(leader is not ("是" or "否"), $"{at}.is_leader", $"{line}是否领导须填“是”或“否”");
        var staffNo = Cell("人员编号");
        if (!seen.TryAdd(staffNo, record.Line))
        {
            errors.Add($"{at}.staff_no", $"{line}人员编号{staffNo}与第{seen[staffNo]}行重复");
        }
        var spec = errors.Cadre(at, staffNo, Cell("姓名"), level, yearsKnown ? years : 0, leader == "是", line);
        return spec is null ? null : new Row(unitName, spec);
    }
}
