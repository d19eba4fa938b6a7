using System.Data.Common;
using System.Net.Sockets;

namespace PartySchoolNet.ServiceDefaults.Errors;

/// <summary>
/// What kind of failure an exception is, looked for through its inner exceptions (EF Core wraps the database's own).
/// Works on <see cref="DbException"/>, so ServiceDefaults needs no database driver.
/// </summary>
public static class Failures
{
    private const string DeadlockDetected = "40P01";
    private const string SerializationFailure = "40001";

    /// <summary>The database aborted the transaction to resolve a deadlock or a serialization conflict: running it again will do.</summary>
    public static bool IsWriteConflict(Exception ex) =>
        Chain(ex).OfType<DbException>().Any(db => db.SqlState is DeadlockDetected or SerializationFailure);

    /// <summary>The database or the network is away or too slow right now; not the request's fault, and not worth an immediate retry here.</summary>
    public static bool IsUnavailable(Exception ex) =>
        !IsWriteConflict(ex) && Chain(ex).Any(e => e is DbException { IsTransient: true } or TimeoutException or SocketException);

    /// <summary>The database's own error somewhere in the chain (the outermost), or null when the database said nothing.</summary>
    public static DbException? DatabaseError(Exception ex) => Chain(ex).OfType<DbException>().FirstOrDefault();

    private static IEnumerable<Exception> Chain(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
