using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Reporting.Overview;

/// <summary>Counts a registered school once for each scope that contains it. The increment is not idempotent by itself: the inbox makes it so.</summary>
public sealed class SchoolCountConsumer(DbContext db) : IdempotentConsumer<SchoolRegistered>(db)
{
    protected override async Task HandleAsync(SchoolRegistered message, CancellationToken ct)
    {
        var tier = message.Tier.ToString();
        foreach (var scope in SchoolPath.SelfAndAncestors(message.Path))
        {
            await Db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO school_counts (scope_path, tier, count) VALUES ({scope}, {tier}, 1)
                ON CONFLICT (scope_path, tier) DO UPDATE SET count = school_counts.count + 1
                """, ct);
        }
    }
}
