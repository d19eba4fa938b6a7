using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace PartySchoolNet.Persistence;

public static class RowLocks
{
    /// <summary>
    /// Begins a transaction holding the lock on one row of <typeparamref name="TEntity"/>'s table (by its <c>id</c>): the
    /// row is the single authority for whatever is counted under it (a class's seats, an instructor's month, a campaign's
    /// phase). Read the row after this, so what is read is current. <paramref name="shared"/> lets other shared holders in
    /// and keeps an exclusive one out (writers within a phase beside one that changes the phase). A missing row takes no
    /// lock; the caller's read finds it missing.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginRowLockAsync<TEntity>(this DbContext db, Guid id, bool shared, CancellationToken ct)
        where TEntity : class
    {
        var table = db.Model.FindEntityType(typeof(TEntity))?.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table.");
        var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // The table name comes from the model, never from input.
            var sql = $"SELECT 1 FROM {table} WHERE id = {{0}} FOR {(shared ? "SHARE" : "UPDATE")}";
            await db.Database.ExecuteSqlRawAsync(sql, [id], ct);
            return tx;
        }
        catch
        {
            await tx.DisposeAsync();
            throw;
        }
    }
}
