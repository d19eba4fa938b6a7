using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Persistence;

namespace PartySchoolNet.Enrollment.Classes;

/// <summary>
/// A turn at changing one class's seats (or completing it): a transaction holding the class row's lock, so whoever changes
/// seats does so one at a time, across every instance of the service. Load the class after beginning, so what is read is current.
/// </summary>
internal sealed class ClassLock(EnrollmentDbContext db, ClassGate gate)
{
    public async Task<ClassTurn> BeginAsync(Guid classId, CancellationToken ct)
    {
        var pass = await gate.EnterAsync(classId, ct);
        try
        {
            return new ClassTurn(await db.BeginRowLockAsync<TrainingClass>(classId, shared: false, ct), pass);
        }
        catch
        {
            pass.Dispose();
            throw;
        }
    }
}

internal sealed class ClassTurn(IDbContextTransaction tx, IDisposable pass) : IAsyncDisposable
{
    /// <summary>Commits and lets the next request for the class in at once.</summary>
    public async Task CommitAsync(CancellationToken ct)
    {
        await tx.CommitAsync(ct);
        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await tx.DisposeAsync();
        pass.Dispose();
    }
}

/// <summary>
/// Requests for one class queue here, in memory, before they take a database connection: a burst of a thousand
/// confirmations then waits its turn without exhausting the connection pool. The row lock stays the authority; this
/// gate only keeps the waiting cheap within one process.
/// </summary>
internal sealed class ClassGate
{
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    public async Task<IDisposable> EnterAsync(Guid classId, CancellationToken ct)
    {
        Entry entry;
        lock (_entries)
        {
            entry = _entries.GetOrAdd(classId, _ => new Entry());
            entry.Users++;
        }
        try
        {
            await entry.Turn.WaitAsync(ct);
        }
        catch
        {
            Leave(classId, entry);
            throw;
        }
        return new Pass(() =>
        {
            entry.Turn.Release();
            Leave(classId, entry);
        });
    }

    private void Leave(Guid classId, Entry entry)
    {
        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.TryRemove(classId, out _);
                entry.Turn.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);
        public int Users { get; set; }
    }

    private sealed class Pass(Action release) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                release();
            }
        }
    }
}
