using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.Identity.Contracts;

namespace PartySchoolNet.FacultyPool.Instructors;

/// <summary>Loads the instructor a caller asks for, or refuses: unknown → NotFound, outside the caller's reach → PermissionDenied.</summary>
internal static class InstructorLookup
{
    public static readonly string[] ManagingRoles = [Roles.NetworkAdmin, Roles.SchoolAdmin];

    /// <summary>The home school's side: the home school and the schools above it.</summary>
    public static bool Manages(this Caller caller, Instructor instructor) => caller.CanSee(instructor.HomePath);

    /// <summary>An instructor of the caller's scope, or one shared with the caller's school.</summary>
    public static bool CanRead(this Caller caller, Instructor instructor) => caller.Manages(instructor) || instructor.IsUsableBy(caller.ScopePath);

    public static async Task<Instructor> GetReadableInstructorAsync(this FacultyPoolDbContext db, Guid id, Caller caller, CancellationToken ct)
    {
        var instructor = await db.Instructors.FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException("教师不存在", "instructor_not_found");
        return caller.CanRead(instructor) ? instructor : throw new ForbiddenException("该教师未向本校共享");
    }

    /// <summary>An instructor whose home school is in the caller's scope: only such an instructor can be changed or assigned directly.</summary>
    public static async Task<Instructor> GetManagedInstructorAsync(this FacultyPoolDbContext db, Guid id, Caller caller, CancellationToken ct)
    {
        var instructor = await db.GetReadableInstructorAsync(id, caller, ct);
        return caller.Manages(instructor) ? instructor : throw new ForbiddenException("只有教师所在学校及其上级可以管理该教师", "instructor_not_managed");
    }

    /// <summary>The city's topics by name, with whether each may still be chosen.</summary>
    public static Task<Dictionary<string, bool>> TopicChoicesAsync(this FacultyPoolDbContext db, CancellationToken ct) =>
        db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Name, t => !t.Retired, StringComparer.Ordinal, ct);
}
