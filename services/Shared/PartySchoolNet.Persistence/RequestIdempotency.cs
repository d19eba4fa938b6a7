using Microsoft.EntityFrameworkCore;

namespace PartySchoolNet.Persistence;

public static class RequestIdempotency
{
    /// <summary>
    /// Does a create once per caller-given request id. <paramref name="repeat"/> finds what an earlier call with the same id
    /// made (null when the caller gave no id); if it exists the caller gets <paramref name="answer"/> for it and nothing is
    /// done again. Two calls racing with one id both pass that look, and the unique index on the id refuses the second
    /// save: its work is dropped and it answers with the winner's. Any other unique violation is the caller's to handle.
    /// </summary>
    public static async Task<TResult> OncePerRequestAsync<TEntity, TResult>(
        this DbContext db, IQueryable<TEntity>? repeat, Func<TEntity, Task<TResult>> answer, Func<Task<TResult>> perform, CancellationToken ct)
        where TEntity : class
    {
        if (repeat is not null && await repeat.FirstOrDefaultAsync(ct) is { } earlier)
        {
            return await answer(earlier);
        }
        try
        {
            return await perform();
        }
        catch (DbUpdateException ex) when (repeat is not null && ex.IsUniqueViolation(out _))
        {
            db.ChangeTracker.Clear();
            if (await repeat.FirstOrDefaultAsync(ct) is { } winner)
            {
                return await answer(winner);
            }
            throw;
        }
    }
}
