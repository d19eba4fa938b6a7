using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.FacultyPool.Assignments;

internal static class AssignmentQueries
{
    /// <summary>The local month [first day 00:00, next month's first day 00:00) an instant falls in, as instants.</summary>
    private static (DateTimeOffset From, DateTimeOffset Until) MonthAround(DateTimeOffset instant)
    {
        var month = ChinaTime.MonthOf(instant);
        return (ChinaTime.Instant(month, TimeOnly.MinValue), ChinaTime.Instant(month.AddMonths(1), TimeOnly.MinValue));
    }

    public static IQueryable<Assignment> ActiveIn(this IQueryable<Assignment> assignments, DateTimeOffset instant)
    {
        var (from, until) = MonthAround(instant);
        return assignments.Where(a => a.Status == AssignmentStatus.Active && a.StartsAt >= from && a.StartsAt < until);
    }

    /// <summary>Active assignments starting in the local month of <paramref name="instant"/>.</summary>
    public static Task<int> MonthLoadAsync(this FacultyPoolDbContext db, Guid instructorId, DateTimeOffset instant, CancellationToken ct) =>
        db.Assignments.ActiveIn(instant).CountAsync(a => a.InstructorId == instructorId, ct);

    /// <summary>The home school's side and the requesting side may both see an assignment; nobody else.</summary>
    public static bool CanRead(this Caller caller, Assignment assignment) => caller.CanSee(assignment.HomePath) || caller.CanSee(assignment.RequestingPath);

    public static async Task<Assignment> GetReadableAssignmentAsync(this FacultyPoolDbContext db, Guid id, Caller caller, CancellationToken ct)
    {
        var assignment = await db.Assignments.FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new NotFoundException("授课安排不存在", "assignment_not_found");
        return caller.CanRead(assignment) ? assignment : throw new ForbiddenException("无权查看该授课安排");
    }

    public static async Task<Contracts.Assignment> ToMessageAsync(this FacultyPoolDbContext db, Assignment assignment, CancellationToken ct)
    {
        var instructor = await db.Instructors.AsNoTracking().Where(i => i.Id == assignment.InstructorId).Select(i => new { i.Name, i.HomeSchoolId }).FirstAsync(ct);
        return assignment.ToMessage(instructor.Name, instructor.HomeSchoolId, await db.SchoolNameAsync(assignment.RequestingSchoolId, ct));
    }
}
