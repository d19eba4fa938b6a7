using PartySchoolNet.Enrollment.Contracts;

namespace PartySchoolNet.Reporting.Tests;

public sealed record Township(Guid Id, string Path);

public enum Outcome
{
    Open,
    Delivered,
    Declined,
    Withdrawn,
}

/// <summary>One request's life and the events Enrollment publishes for it.</summary>
public sealed record OutreachStory(
    Township Township, Outcome Outcome, DateTimeOffset RequestedAt, DateTimeOffset? ApprovedAt, DateTimeOffset? ScheduledAt, DateTimeOffset? DeliveredAt,
    int Attendance, decimal Hours, List<object> Events);

/// <summary>Random 送教下基层 requests in one year no other test uses: approved hours to days later, some returned and approved again.</summary>
public sealed class OutreachStories(int year)
{
    private readonly Random _random = new(year);

    public OutreachStory One(Township township, Outcome? outcome = null)
    {
        var result = outcome ?? (Outcome)_random.Next(4);
        var requestedAt = new DateTimeOffset(year, _random.Next(1, 13), _random.Next(1, 28), _random.Next(8, 18), _random.Next(60), 0, TimeSpan.FromHours(8));
        var snapshot = new OutreachSnapshot
        {
            OutreachRequestId = Guid.NewGuid(), TownshipId = township.Id, TownshipPath = township.Path, CountyId = Guid.NewGuid(), Topic = "乡村振兴",
            Audience = OutreachAudience.VillageCommittees, AudienceSize = 60, RequestedAt = requestedAt,
        };
        var events = new List<object> { new OutreachRequested(snapshot, requestedAt) };
        DateTimeOffset? approvedAt = null, scheduledAt = null, deliveredAt = null;
        var (attendance, hours) = (0, 0m);
        if (result == Outcome.Delivered || (result != Outcome.Declined && _random.Next(2) == 0))
        {
            approvedAt = requestedAt.AddMinutes(_random.Next(30, 6000));
            events.Add(new OutreachApproved(snapshot, "县委党校调度员", approvedAt.Value));
            if (_random.Next(5) == 0)
            {
                // Returned and approved again later: the first approval is when it was approved.
                events.Add(new OutreachApproved(snapshot, "县委党校调度员", approvedAt.Value.AddHours(30)));
            }
            scheduledAt = approvedAt.Value.AddMinutes(_random.Next(1, 3000));
            events.Add(new OutreachScheduled(snapshot, Guid.NewGuid(), Guid.NewGuid(), null, scheduledAt.Value.AddDays(7), scheduledAt.Value.AddDays(7).AddHours(2.5), scheduledAt.Value));
        }
        switch (result)
        {
            case Outcome.Delivered:
                (deliveredAt, attendance, hours) = (scheduledAt!.Value.AddDays(7).AddMinutes(_random.Next(180, 4000)), _random.Next(20, 60), 2.5m);
                events.Add(new OutreachDelivered(snapshot, Guid.NewGuid(), Guid.NewGuid(), attendance, 5, hours, deliveredAt.Value));
                break;
            case Outcome.Declined:
                events.Add(new OutreachDeclined(snapshot, "本月送教计划已满", requestedAt.AddHours(_random.Next(1, 50))));
                break;
            case Outcome.Withdrawn:
                events.Add(new OutreachWithdrawn(snapshot, "镇里另有安排", null, (scheduledAt ?? requestedAt).AddHours(_random.Next(1, 50))));
                break;
        }
        return new OutreachStory(township, result, requestedAt, approvedAt, scheduledAt, deliveredAt, attendance, hours, events);
    }
}

public static class OutreachPublishing
{
    /// <summary>Every event type, the last stage first, each fact once plus the first <paramref name="duplicate"/> of each type again under new message ids.</summary>
    public static async Task PublishLatestFirstAsync(this ReportingHost host, List<object> events, int duplicate)
    {
        await host.PublishAsync(events.OfType<OutreachDelivered>().ToList(), duplicate);
        await host.PublishAsync(events.OfType<OutreachWithdrawn>().ToList(), duplicate);
        await host.PublishAsync(events.OfType<OutreachDeclined>().ToList(), duplicate);
        await host.PublishAsync(events.OfType<OutreachScheduled>().ToList(), duplicate);
        await host.PublishAsync(events.OfType<OutreachApproved>().ToList(), duplicate);
        await host.PublishAsync(events.OfType<OutreachRequested>().ToList(), duplicate);
    }

    private static Task PublishAsync<TEvent>(this ReportingHost host, List<TEvent> facts, int duplicate) where TEvent : class =>
        facts.Count == 0 ? Task.CompletedTask : host.PublishAsync([.. facts, .. facts.Take(duplicate)], $"{typeof(TEvent).Name}Consumer");
}
