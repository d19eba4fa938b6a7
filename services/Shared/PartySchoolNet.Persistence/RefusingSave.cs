using Microsoft.EntityFrameworkCore;
using PartySchoolNet.ServiceDefaults.Errors;

namespace PartySchoolNet.Persistence;

/// <summary>A refusal's stable code and the sentence a person reads.</summary>
public sealed record Refusal(string Code, string Message);

public static class RefusingSave
{
    /// <summary>
    /// Saves, turning the database's refusals into errors a person can act on: a versioned row changed since it was read
    /// (two people acting at once) → <paramref name="changedConcurrently"/>; a unique index → <paramref name="duplicate"/>.
    /// </summary>
    public static Task SaveOrRefuseAsync(this DbContext db, Refusal changedConcurrently, Refusal? duplicate, CancellationToken ct) =>
        db.SaveOrRefuseAsync(changedConcurrently, duplicate, null, ct);

    /// <summary>
    /// As above, and an exclusion constraint (two bookings of one time) → the refusal <paramref name="overlapping"/> gives
    /// for the constraint's name, for tables with several.
    /// </summary>
    public static async Task SaveOrRefuseAsync(
        this DbContext db, Refusal changedConcurrently, Refusal? duplicate, Func<string, Refusal>? overlapping, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StateConflictException(changedConcurrently.Code, changedConcurrently.Message);
        }
        catch (DbUpdateException ex) when (duplicate is not null && ex.IsUniqueViolation(out _))
        {
            throw new AlreadyExistsException(duplicate.Code, duplicate.Message);
        }
        catch (DbUpdateException ex) when (overlapping is not null && ex.IsExclusionViolation(out var constraint))
        {
            var refusal = overlapping(constraint);
            throw new StateConflictException(refusal.Code, refusal.Message);
        }
    }
}
