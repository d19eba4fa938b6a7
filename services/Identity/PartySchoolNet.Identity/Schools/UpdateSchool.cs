using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Geo;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Identity.Schools;

internal sealed class UpdateSchool(IdentityDbContext db, TimeProvider clock)
{
    public async Task<School> HandleAsync(UpdateSchoolRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(Roles.NetworkAdmin, Roles.SchoolAdmin);
        var errors = new FieldErrors();
        var id = errors.Id(request.SchoolId, "school_id", "学校");
        var name = errors.Name(request.Name, required: false);
        var region = errors.Region(request.Region);
        var location = errors.Location(request.Location, "location", "位置");
        errors.ThrowIfAny();

        var school = await db.GetVisibleSchoolAsync(id, caller, ct);
        school.Change(name, region.Length == 0 ? null : region, location);
        db.AddEvent(school.Changed(clock.GetUtcNow()));
        await db.SaveOrRefuseAsync(
            new("school_changed_concurrently", "学校信息刚被他人修改，请刷新后重试"), new("school_name_taken", $"同一上级下已有名为“{name}”的学校"), ct);
        return school;
    }
}
