using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;

namespace PartySchoolNet.Identity.Security;

/// <summary>
/// Password guessing is slowed per account and per address. An account's try is taken — counted and, at the limit,
/// locked — by one atomic UPDATE before the password is checked, so a hundred guesses sent at once still get only
/// <see cref="SignInPolicy.MaxFailures"/> checks. The address count reads the audit's failures within the window.
/// </summary>
internal sealed class SignInGuard(IdentityDbContext db, IOptions<SignInPolicy> options, TimeProvider clock)
{
    private SignInPolicy Policy => options.Value;

    public async Task<bool> AddressBlockedAsync(string address, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - Policy.AddressWindow;
        var failures = await db.SecurityEvents.CountAsync(e => e.Address == address && e.Kind == SecurityEventKind.SignInFailed && e.OccurredAt > since, ct);
        return failures >= Policy.AddressMaxFailures;
    }

    /// <summary>Takes one try: the number of this try since the last success, or null while the account is locked.</summary>
    public async Task<int?> TakeTryAsync(Guid accountId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var lockedUntil = now + Policy.Lockout;
        var tries = await db.Database.SqlQuery<int>($"""
            UPDATE accounts SET failed_sign_ins = failed_sign_ins + 1,
              locked_until = CASE WHEN failed_sign_ins + 1 >= {Policy.MaxFailures} THEN {lockedUntil} ELSE NULL END
            WHERE id = {accountId} AND (locked_until IS NULL OR locked_until <= {now})
            RETURNING failed_sign_ins AS "Value"
            """).ToListAsync(ct);
        return tries.Count == 0 ? null : tries[0];
    }

    /// <summary>The password was right: the count starts again and the lock taken with this try is lifted.</summary>
    public Task SucceededAsync(Guid accountId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL WHERE id = {accountId}", ct);

    public bool LocksAt(int tryNumber) => tryNumber >= Policy.MaxFailures;
}
