using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartySchoolNet.Persistence;

namespace PartySchoolNet.Messaging;

public sealed class RetentionOptions
{
    /// <summary>
    /// How long a handled message's id is kept in the inbox. A duplicate comes from a redelivery (seconds to minutes) or an
    /// outbox row published but not yet marked (the next relay pass); a month is far beyond both.
    /// </summary>
    public TimeSpan Inbox { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a published outbox row is kept, for an operator tracing what was sent.</summary>
    public TimeSpan Outbox { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

public static class MessagingRetention
{
    /// <summary><c>Messaging:Retention</c>: how long the inbox and outbox keep their rows, and how often every rule is swept.</summary>
    public static RetentionOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<RetentionOptions>>().Value;

    /// <summary>The inbox and outbox of every service that messages.</summary>
    internal static IServiceCollection AddMessagingRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration("Messaging:Retention");
        return services.AddRetention(sp => new RetentionRule("inbox_messages", "processed_at", Options(sp).Inbox), Interval)
            .AddRetention(sp => new RetentionRule("outbox_messages", "sent_at", Options(sp).Outbox), Interval);
    }

    /// <summary>How often every retention rule of the service is swept.</summary>
    public static TimeSpan Interval(IServiceProvider services) => Options(services).Interval;
}
