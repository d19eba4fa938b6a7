using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Identity.Contracts;

namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>A township sees and acts on its own requests, a county on its townships', the city on all; only those above the township dispatch.</summary>
internal static class OutreachAccess
{
    public static readonly string[] RequestingRoles = [Roles.NetworkAdmin, Roles.SchoolAdmin, Roles.Dispatcher];

    public static async Task<OutreachRequest> GetOutreachAsync(this EnrollmentDbContext db, string value, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(value, "outreach_request_id", "送教申请");
        errors.ThrowIfAny();
        var request = await db.OutreachRequests.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw NotFound();
        if (!caller.CanSee(request.TownshipPath))
        {
            throw new ForbiddenException("无权访问该送教申请");
        }
        return request;
    }

    /// <summary>The township's county or the city, as a dispatcher or admin.</summary>
    public static void EnsureDispatches(this Caller caller, OutreachRequest request)
    {
        caller.EnsureInAnyRole(RequestingRoles);
        if (caller.SchoolId == request.TownshipId)
        {
            throw new ForbiddenException("送教申请由县级党校调度审批", "outreach_not_dispatched_by_caller");
        }
    }

    public static NotFoundException NotFound() => new("送教申请不存在", "outreach_request_not_found");
}
