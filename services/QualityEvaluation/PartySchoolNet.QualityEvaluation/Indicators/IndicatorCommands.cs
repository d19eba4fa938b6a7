using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Persistence;
using PartySchoolNet.QualityEvaluation.Campaigns;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.QualityEvaluation.Indicators;

/// <summary>The city's evaluation staff define indicator systems: new, edited until used, or revised into a new version.</summary>
internal sealed partial class IndicatorCommands(QualityEvaluationDbContext db, TimeProvider clock)
{
    private static readonly Refusal ChangedConcurrently = new("indicator_system_changed_concurrently", "指标体系已被他人修改或已被评估批次使用，请刷新后重试");

    public async Task<Contracts.IndicatorSystem> CreateAsync(CreateIndicatorSystemRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(CampaignAccess.AuthorRoles);
        var errors = new FieldErrors();
        var code = request.Code.Trim();
        errors.When(!CodePattern().IsMatch(code), "code", "代码须为2至64位小写字母、数字或连字符")
            .When(request.Tier == EvaluatedTier.Unspecified || !Enum.IsDefined(request.Tier), "tier", "请选择评估对象层级（县级或乡镇）");
        var name = Name(errors, request.Name);
        var nodes = errors.Parse(request.Indicators);
        errors.ThrowIfAny();

        var city = await db.GetKnownSchoolAsync(caller.SchoolId, ct);
        caller.EnsureCityRole(city.Path, CampaignAccess.AuthorRoles, AuthorsOnly);
        var system = IndicatorSystem.Create(city, code, 1, name, request.Tier, nodes, clock.GetUtcNow());
        db.IndicatorSystems.Add(system);
        await db.SaveOrRefuseAsync(ChangedConcurrently, new("indicator_system_exists", $"代码“{code}”已被使用；修改请另建新版本"), ct);
        return system.ToMessage();
    }

    /// <summary>Edits a version in place (refused once frozen), or makes the next version of its code.</summary>
    public async Task<Contracts.IndicatorSystem> ChangeAsync(UpdateIndicatorSystemRequest request, bool newVersion, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.SystemId, "system_id", "指标体系");
        var name = Name(errors, request.Name);
        var nodes = errors.Parse(request.Indicators);
        errors.ThrowIfAny();

        var system = await db.IndicatorSystems.FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new NotFoundException("指标体系不存在", "indicator_system_not_found");
        caller.EnsureCityRole(system.OwnerPath, CampaignAccess.AuthorRoles, AuthorsOnly);
        var now = clock.GetUtcNow();
        if (newVersion)
        {
            var latest = await db.IndicatorSystems.Where(s => s.OwnerSchoolId == system.OwnerSchoolId && s.Code == system.Code).MaxAsync(s => s.Version, ct);
            system = system.Revise(name, nodes, latest + 1, now);
            db.IndicatorSystems.Add(system);
        }
        else
        {
            system.Replace(name, nodes, now);
        }
        await db.SaveOrRefuseAsync(ChangedConcurrently, ChangedConcurrently, ct);
        return system.ToMessage();
    }

    private const string AuthorsOnly = "只有市委党校的管理员和评估专家可以编制指标体系";

    private static string Name(FieldErrors errors, string value)
    {
        var name = value.Trim();
        errors.Required(name, "name", "指标体系名称").When(name.Length > 100, "name", "指标体系名称不能超过100个字符");
        return name;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex CodePattern();
}
