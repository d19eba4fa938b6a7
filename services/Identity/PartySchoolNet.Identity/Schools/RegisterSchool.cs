using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Geo;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Identity.Schools;

/// <summary>A city or county admin adds a school below its own; the tree and every service's copy of it grow by one.</summary>
internal sealed class RegisterSchool(IdentityDbContext db, TimeProvider clock)
{
    public async Task<School> HandleAsync(RegisterSchoolRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(Roles.NetworkAdmin, Roles.SchoolAdmin);
        var errors = new FieldErrors();
        var code = errors.Code(request.Code);
        var name = errors.Name(request.Name);
        var region = errors.Region(request.Region);
        var location = errors.Location(request.Location, "location", "位置");
        errors.When(request.Tier == SchoolTier.City, "tier", "市委党校在部署时创建，不能通过接口登记")
            .When(request.Tier == SchoolTier.Unspecified, "tier", "请指定学校层级（县级或乡镇）");
        var parentId = errors.Id(request.ParentId, "parent_id", "上级党校");
        errors.ThrowIfAny();

        var parent = await db.GetVisibleSchoolAsync(parentId, caller, ct);
        var now = clock.GetUtcNow();
        var school = School.CreateUnder(parent, code, name, request.Tier, region, location, now);
        db.Schools.Add(school);
        db.AddEvent(school.Registered(now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(out var constraint))
        {
            throw constraint.Contains("code", StringComparison.Ordinal)
                ? new AlreadyExistsException("school_code_taken", $"学校编码“{code}”已被使用")
                : new AlreadyExistsException("school_name_taken", $"同一上级下已有名为“{name}”的学校");
        }
        return school;
    }
}
