using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartySchoolNet.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// A demo seeder, one school at a time: a school's demo is built whole in one context and one save, and several at once
    /// multiply the peak heap, which the GC of an idle service then keeps.
    /// </summary>
    public static void AddDemoSeeder<TConsumer>(this IBusRegistrationConfigurator bus) where TConsumer : class, IConsumer =>
        bus.AddConsumer<TConsumer>((_, consumer) => consumer.ConcurrentMessageLimit = 1);

    /// <summary>
    /// MassTransit over RabbitMQ (<c>ConnectionStrings:messaging</c>, an amqp:// URI) with the outbox relay.
    /// Queues are named after the service, so each service gets its own copy of every event it consumes.
    /// Failures are retried a bounded number of times, then moved to the queue's <c>_error</c> queue: a message that
    /// fails by itself (a poison message) after five quick retries, one that meets an unavailable database after about two minutes.
    /// <c>Messaging:Prefix</c>, when set, prefixes every exchange and queue, so several environments (or test
    /// hosts) can share one broker without seeing each other's messages. <c>Messaging:ConcurrentMessages</c>, when set, is how
    /// many messages each queue hands over and handles at once (MassTransit's default is twice the cores, at most 16).
    /// <c>Messaging:Retention</c> says how long the inbox and the outbox keep their rows (<see cref="RetentionOptions"/>).
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? consumers = null)
    {
        var broker = new Uri(builder.Configuration.GetConnectionString("messaging")
            ?? throw new InvalidOperationException("Set ConnectionStrings:messaging to the RabbitMQ amqp:// URI."));

        var prefix = builder.Configuration["Messaging:Prefix"] ?? "";
        var concurrent = builder.Configuration.GetValue<ushort?>("Messaging:ConcurrentMessages");
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Messaging:Outbox");
        builder.Services.AddHostedService<OutboxRelay>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IInterceptor, OutboxSignalInterceptor>();
        builder.Services.AddSingleton<IInterceptor, OutboxCommitInterceptor>();
        builder.Services.AddMessagingRetention();
        builder.Services.AddSingleton<CommitGroups>();
        builder.Services.AddMassTransit(x =>
        {
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(prefix + serviceName, false));
            // Schools' networks are often closed to the internet; a bus must never phone home (MassTransit 8.4+ would).
            x.ConfigureUsageTelemetryOptions(o => o.Enabled = false);
            consumers?.Invoke(x);
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(broker.Host, (ushort)(broker.IsDefaultPort ? 5672 : broker.Port), VirtualHost(broker), h =>
                {
                    var credentials = (broker.UserInfo.Length == 0 ? "guest:guest" : broker.UserInfo).Split(':', 2);
                    h.Username(Uri.UnescapeDataString(credentials[0]));
                    h.Password(credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "");
                });
                if (concurrent is { } messages)
                {
                    (cfg.PrefetchCount, cfg.ConcurrentMessageLimit) = (messages, messages);
                }
                if (prefix.Length > 0)
                {
                    cfg.MessageTopology.SetEntityNameFormatter(new PrefixEntityNameFormatter(cfg.MessageTopology.EntityNameFormatter, prefix));
                }
                cfg.UseMessageRetry(r =>
                {
                    // The database away or locked up (a restart, a pause, a deadlock): keep the message and wait it out for about
                    // two minutes instead of dead-lettering a good message after a few seconds.
                    r.Handle<Exception>(ex => Failures.IsUnavailable(ex) || Failures.IsWriteConflict(ex));
                    r.Exponential(12, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(500));
                });
                cfg.UseMessageRetry(r =>
                {
                    r.Ignore<Exception>(ex => Failures.IsUnavailable(ex) || Failures.IsWriteConflict(ex));
                    r.Intervals(100, 500, 1000, 2000, 5000);
                });
                cfg.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    private static string VirtualHost(Uri broker)
    {
        var path = broker.AbsolutePath.Trim('/');
        return path.Length == 0 ? "/" : Uri.UnescapeDataString(path);
    }
}
