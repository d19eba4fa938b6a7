using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Identity.Data;

namespace PartySchoolNet.Identity.Security;

/// <summary>
/// Wrong passwords lock an account per lane: one lane for every address it has not signed in from recently, and one for
/// each address it has (<see cref="KnownAddress"/>). Guessing from anywhere else locks the first lane without locking the
/// owner out of their own office; guessing from the owner's address locks only that address's lane. A try is taken —
/// counted and, at the limit, locked — by one atomic UPDATE before the password is checked, so a hundred guesses sent
/// at once still get only <see cref="SignInPolicy.MaxFailures"/> checks per lane.
/// </summary>
internal sealed class AccountGuard(IdentityDbContext db, IOptions<SignInPolicy> options, TimeProvider clock)
{
    private SignInPolicy Policy => options.Value;

    /// <summary>Whether the account signed in from the address recently, so the address is a lane of its own.</summary>
    public Task<bool> KnownAsync(Guid accountId, string address, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - Policy.KnownAddressFor;
        return db.KnownAddresses.AnyAsync(k => k.AccountId == accountId && k.Address == address && k.LastSignedInAt > since, ct);
    }

    /// <summary>Takes one try in the lane: the number of this try since the lane's last success, or null while it is locked.</summary>
    public async Task<int?> TakeTryAsync(Guid accountId, string address, bool known, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var lockedUntil = now + Policy.Lockout;
        var tries = known
            ? db.Database.SqlQuery<int>($"""
                UPDATE known_addresses SET failed_sign_ins = failed_sign_ins + 1,
                  locked_until = CASE WHEN failed_sign_ins + 1 >= {Policy.MaxFailures} THEN {lockedUntil} ELSE NULL END
                WHERE account_id = {accountId} AND address = {address} AND (locked_until IS NULL OR locked_until <= {now})
                RETURNING failed_sign_ins AS "Value"
                """)
            : db.Database.SqlQuery<int>($"""
                UPDATE accounts SET failed_sign_ins = failed_sign_ins + 1,
                  locked_until = CASE WHEN failed_sign_ins + 1 >= {Policy.MaxFailures} THEN {lockedUntil} ELSE NULL END
                WHERE id = {accountId} AND (locked_until IS NULL OR locked_until <= {now})
                RETURNING failed_sign_ins AS "Value"
                """);
        var taken = await tries.ToListAsync(ct);
        return taken.Count == 0 ? null : taken[0];
    }

    /// <summary>How long the lane stays locked (at least a minute, as a person reads it).</summary>
    public async Task<TimeSpan> LockedForAsync(Guid accountId, string address, bool known, CancellationToken ct)
    {
        var until = known
            ? await db.KnownAddresses.Where(k => k.AccountId == accountId && k.Address == address).Select(k => k.LockedUntil).FirstOrDefaultAsync(ct)
            : await db.Accounts.Where(a => a.Id == accountId).Select(a => a.LockedUntil).FirstOrDefaultAsync(ct);
        var left = (until ?? clock.GetUtcNow()) - clock.GetUtcNow();
        return left < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : left;
    }

    /// <summary>
    /// The password was right: the lane's count starts again and the address becomes (or stays) the account's own lane.
    /// A success in an own lane leaves the strangers' lane as it is, so the owner's sign-ins give a guesser no new tries.
    /// </summary>
    public async Task SucceededAsync(Guid accountId, string address, bool known, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!known)
        {
            await db.Database.ExecuteSqlAsync($"UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL WHERE id = {accountId}", ct);
        }
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO known_addresses (account_id, address, last_signed_in_at, failed_sign_ins) VALUES ({accountId}, {address}, {now}, 0)
            ON CONFLICT (account_id, address) DO UPDATE SET last_signed_in_at = excluded.last_signed_in_at, failed_sign_ins = 0, locked_until = NULL
            """, ct);
    }

    public bool LocksAt(int tryNumber) => tryNumber >= Policy.MaxFailures;
}
