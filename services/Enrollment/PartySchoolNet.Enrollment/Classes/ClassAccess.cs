using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Enrollment.Classes;

/// <summary>
/// The owner's side (the owner school and those above it) runs a class; schools below the owner see it once it is
/// published, because it is meant for them. Unknown → NotFound, unreachable → PermissionDenied.
/// </summary>
internal static class ClassAccess
{
    public static readonly string[] ManagingRoles = [Roles.NetworkAdmin, Roles.SchoolAdmin];

    /// <summary>The "3+N" managers keep sessions, attendance, leave and observation records alongside the admins.</summary>
    public static readonly string[] KeepingRoles = [Roles.NetworkAdmin, Roles.SchoolAdmin, Roles.ClassManager];

    public static bool Runs(this Caller caller, TrainingClass training) => caller.CanSee(training.OwnerPath);

    public static bool CanRead(this Caller caller, TrainingClass training) =>
        caller.Runs(training) || training.State != ClassState.Draft && SchoolPath.IsWithin(caller.ScopePath, training.OwnerPath);

    public static async Task<TrainingClass> GetReadableClassAsync(this EnrollmentDbContext db, Guid id, Caller caller, CancellationToken ct)
    {
        var training = await db.Classes.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw NotFound();
        caller.EnsureCanRead(training);
        return training;
    }

    public static void EnsureCanRead(this Caller caller, TrainingClass training)
    {
        if (!caller.CanRead(training))
        {
            throw new ForbiddenException("无权访问该班次");
        }
    }

    public static NotFoundException NotFound() => new("班次不存在", "class_not_found");

    /// <summary>A class the caller runs, in one of <paramref name="roles"/>.</summary>
    public static async Task<TrainingClass> GetRunClassAsync(this EnrollmentDbContext db, Guid id, Caller caller, string[] roles, CancellationToken ct)
    {
        caller.EnsureInAnyRole(roles);
        var training = await db.GetReadableClassAsync(id, caller, ct);
        caller.EnsureRuns(training);
        return training;
    }

    public static void EnsureRuns(this Caller caller, TrainingClass training)
    {
        if (!caller.Runs(training))
        {
            throw new ForbiddenException("只有办班学校及其上级可以管理该班次", "class_not_run_by_caller");
        }
    }

    public static Guid ClassId(this FieldErrors errors, string value)
    {
        var id = errors.Id(value, "class_id", "班次");
        errors.ThrowIfAny();
        return id;
    }
}
