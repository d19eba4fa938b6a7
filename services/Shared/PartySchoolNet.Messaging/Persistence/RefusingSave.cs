using Microsoft.EntityFrameworkCore;
using PartySchoolNet.ServiceDefaults.Errors;

namespace PartySchoolNet.Messaging.Persistence;

/// <summary>A refusal's stable code and the sentence a person reads.</summary>
public sealed record Refusal(string Code, string Message);

public static class RefusingSave
{
    /// <summary>
    /// Saves, turning the database's refusals into errors a person can act on: a versioned row changed since it was read
    /// (two people acting at once) → <paramref name="changedConcurrently"/>; a unique index → <paramref name="duplicate"/>.
    /// </summary>
    public static async Task SaveOrRefuseAsync(this DbContext db, Refusal changedConcurrently, Refusal? duplicate, CancellationToken ct)
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
    }
}
