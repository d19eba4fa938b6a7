using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Identity.Data;

namespace PartySchoolNet.Identity.Security;

/// <summary>A slowed address's sign-in must wait: how many names failed from there, and when its next turn comes.</summary>
internal sealed record Slowed(int FailedNames, TimeSpan RetryAfter);

/// <summary>
/// Slows an address whose failures look like guessing — many user names that failed from it and never signed in from it
/// afterwards (unknown names never do) — to a few password checks a minute. Typos followed by the right password do not
/// count, so a school's office behind one address signs everyone in on a busy morning; and the names that signed in from the
/// address recently take no turn at all (<see cref="AccountGuard.KnownAsync"/>).
/// </summary>
internal sealed class AddressGuard(IdentityDbContext db, IOptions<SignInPolicy> options, TimeProvider clock)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private SignInPolicy Policy => options.Value;

    /// <summary>
    /// Takes one of the address's password checks this minute — a few when its failures look like guessing, otherwise many —
    /// or says how long to wait. Taken atomically, so a burst sent at once gets no more than the minute's checks either way.
    /// </summary>
    public async Task<Slowed?> TakeTurnAsync(string address, CancellationToken ct)
    {
        var names = await FailedNamesAsync(address, ct);
        var limit = names >= Policy.SuspectNames ? Policy.SlowedChecksPerMinute : Policy.ChecksPerMinute;
        var now = clock.GetUtcNow();
        var minuteAgo = now - Minute;
        var turns = await db.Database.SqlQuery<int>($"""
            INSERT INTO address_turns (address, minute_started_at, checks) VALUES ({address}, {now}, 1)
            ON CONFLICT (address) DO UPDATE SET
              checks = CASE WHEN address_turns.minute_started_at <= {minuteAgo} THEN 1 ELSE address_turns.checks + 1 END,
              minute_started_at = CASE WHEN address_turns.minute_started_at <= {minuteAgo} THEN {now} ELSE address_turns.minute_started_at END
            WHERE address_turns.minute_started_at <= {minuteAgo} OR address_turns.checks < {limit}
            RETURNING checks AS "Value"
            """).ToListAsync(ct);
        if (turns.Count > 0)
        {
            return null;
        }
        var started = await db.Set<AddressTurns>().Where(t => t.Address == address).Select(t => (DateTimeOffset?)t.MinuteStartedAt).FirstOrDefaultAsync(ct);
        var wait = (started ?? now) + Minute - now;
        return new Slowed(names, wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait);
    }

    /// <summary>User names that failed from the address within the window (since an admin last cleared it) and have not signed in from it since.</summary>
    public Task<int> FailedNamesAsync(string address, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - Policy.AddressWindow;
        return db.Database.SqlQuery<int>($"""
            SELECT count(DISTINCT f.user_name)::int AS "Value"
            FROM security_events f
            WHERE f.address = {address} AND f.kind = 'SignInFailed' AND f.occurred_at > {since}
              AND f.occurred_at > coalesce((SELECT max(c.occurred_at) FROM security_events c WHERE c.address = {address} AND c.kind = 'AddressCleared'), '-infinity')
              AND NOT EXISTS (SELECT 1 FROM security_events s
                              WHERE s.address = {address} AND s.kind = 'SignedIn' AND s.occurred_at > f.occurred_at AND s.user_name = f.user_name)
            """).SingleAsync(ct);
    }

    /// <summary>Ends the address's minute of turns; the <c>AddressCleared</c> audit line the caller saves makes its earlier failures not count.</summary>
    public Task ForgetTurnsAsync(string address, CancellationToken ct) =>
        db.Set<AddressTurns>().Where(t => t.Address == address).ExecuteDeleteAsync(ct);
}
