using Microsoft.EntityFrameworkCore;

namespace PartySchoolNet.FacultyPool.Data;

internal static class ChangeSaving
{
    /// <summary>Saves a decision on a versioned row; two people acting on one row at once are told, not overwritten.</summary>
    public static async Task SaveChangeAsync(this FacultyPoolDbContext db, string code, string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StateConflictException(code, message);
        }
    }
}
