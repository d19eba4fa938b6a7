using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Contracts;

namespace PartySchoolNet.Reporting.Outreach;

/// <summary>What one outreach event says: the request, the stage it reached and when, and for a delivery what was taught.</summary>
public sealed record OutreachStage(OutreachSnapshot Request, OutreachMilestone Step, DateTimeOffset At, int? Attendance = null, decimal? Hours = null)
{
    public static OutreachStage Of(OutreachRequested e) => new(e.Request, OutreachMilestone.Requested, e.OccurredAt);

    public static OutreachStage Of(OutreachApproved e) => new(e.Request, OutreachMilestone.Approved, e.OccurredAt);

    public static OutreachStage Of(OutreachScheduled e) => new(e.Request, OutreachMilestone.Scheduled, e.OccurredAt);

    public static OutreachStage Of(OutreachDelivered e) => new(e.Request, OutreachMilestone.Delivered, e.OccurredAt, e.AttendanceCount, e.Hours);

    public static OutreachStage Of(OutreachDeclined e) => new(e.Request, OutreachMilestone.Declined, e.OccurredAt);

    public static OutreachStage Of(OutreachWithdrawn e) => new(e.Request, OutreachMilestone.Withdrawn, e.OccurredAt);

    /// <summary>The same event published again has the same key; a request approved again after a return is a new fact.</summary>
    public string Key => $"{Request.OutreachRequestId}:{Step}:{At.UtcTicks}";
}

public enum OutreachMilestone
{
    Requested,
    Approved,
    Scheduled,
    Delivered,
    Declined,
    Withdrawn,
}

/// <summary>
/// How a request's row changes, live or rebuilt. Each stage keeps the earliest time it was reached (LEAST ignores NULL), so the
/// row comes out the same whatever order its events arrive in: a delivery seen before the request still counts once it is known.
/// </summary>
public static class OutreachFold
{
    public static Task ApplyAsync(DbContext db, OutreachStage s, CancellationToken ct)
    {
        var r = s.Request;
        var month = ChinaTime.MonthOf(r.RequestedAt);
        var requestedAt = r.RequestedAt.ToUniversalTime();
        DateTimeOffset? At(OutreachMilestone step) => s.Step == step ? s.At.ToUniversalTime() : null;
        var (approved, scheduled, delivered, declined, withdrawn) =
            (At(OutreachMilestone.Approved), At(OutreachMilestone.Scheduled), At(OutreachMilestone.Delivered), At(OutreachMilestone.Declined), At(OutreachMilestone.Withdrawn));
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO outreach_requests (outreach_request_id, township_id, township_path, month, requested_at, approved_at, scheduled_at,
                                           delivered_at, declined_at, withdrawn_at, attendance, delivered_hours)
            VALUES ({r.OutreachRequestId}, {r.TownshipId}, {r.TownshipPath}, {month}, {requestedAt}, {approved}, {scheduled},
                    {delivered}, {declined}, {withdrawn}, {s.Attendance}, {s.Hours})
            ON CONFLICT (outreach_request_id) DO UPDATE SET
                approved_at = LEAST(outreach_requests.approved_at, excluded.approved_at),
                scheduled_at = LEAST(outreach_requests.scheduled_at, excluded.scheduled_at),
                delivered_at = LEAST(outreach_requests.delivered_at, excluded.delivered_at),
                declined_at = LEAST(outreach_requests.declined_at, excluded.declined_at),
                withdrawn_at = LEAST(outreach_requests.withdrawn_at, excluded.withdrawn_at),
                attendance = coalesce(outreach_requests.attendance, excluded.attendance),
                delivered_hours = coalesce(outreach_requests.delivered_hours, excluded.delivered_hours)
            """, ct);
    }
}
