using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.Messaging.Persistence;

namespace PartySchoolNet.FacultyPool.Instructors;

internal static class InstructorSaving
{
    /// <summary>Saves a new or changed instructor, turning the database's refusals into errors a person can act on.</summary>
    public static async Task SaveInstructorAsync(this FacultyPoolDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StateConflictException("instructor_changed_concurrently", "教师信息已被他人修改，请刷新后重试");
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(out _))
        {
            throw new AlreadyExistsException("instructor_name_taken", "本校师资库中已有同名教师");
        }
    }
}
