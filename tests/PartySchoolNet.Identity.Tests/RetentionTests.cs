using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Identity.Tests;

/// <summary>Identity with its retention swept every second, so a test sees the rows past their age go.</summary>
public sealed class PruningIdentityHost : IdentityHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Messaging:Retention:Interval", "00:00:01");
    }
}

/// <summary>The tables that would otherwise only grow: the inbox, the sent outbox rows, the security audit trail.</summary>
public sealed class RetentionTests(PruningIdentityHost app) : IClassFixture<PruningIdentityHost>
{
    [Fact]
    public async Task Rows_past_their_age_are_pruned_on_their_own_and_younger_ones_stay()
    {
        await Eventually.Until(() => Count("outbox_messages", "sent_at IS NOT NULL"), n => n >= 2, TimeSpan.FromSeconds(60), "the demo network's events sent");
        await TestInfrastructure.ExecuteAsync(app.ConnectionString, """
            INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES
              (gen_random_uuid(), 'old', now() - interval '31 days'), (gen_random_uuid(), 'recent', now() - interval '29 days');
            INSERT INTO security_events (id, occurred_at, kind, user_name, school_path, actor, address, detail) VALUES
              (gen_random_uuid(), now() - interval '181 days', 'SignInSucceeded', 'old', '', '', '', ''),
              (gen_random_uuid(), now() - interval '179 days', 'SignInSucceeded', 'recent', '', '', '', '');
            UPDATE outbox_messages SET sent_at = now() - interval '8 days', message_type = 'old'
              WHERE id = (SELECT id FROM outbox_messages WHERE sent_at IS NOT NULL ORDER BY sequence LIMIT 1);
            UPDATE outbox_messages SET sent_at = now() - interval '6 days', message_type = 'recent'
              WHERE id = (SELECT id FROM outbox_messages WHERE sent_at IS NOT NULL AND message_type <> 'old' ORDER BY sequence LIMIT 1);
            """);

        await Eventually.Until(() => Count("inbox_messages", "consumer = 'old'"), n => n == 0, TimeSpan.FromSeconds(30), "the month-old inbox row pruned");
        await Eventually.Until(() => Count("security_events", "user_name = 'old'"), n => n == 0, TimeSpan.FromSeconds(30), "the half-year-old audit line pruned");
        await Eventually.Until(() => Count("outbox_messages", "message_type = 'old'"), n => n == 0, TimeSpan.FromSeconds(30), "the week-old sent event pruned");

        (await Count("inbox_messages", "consumer = 'recent'")).ShouldBe(1);
        (await Count("security_events", "user_name = 'recent'")).ShouldBe(1);
        (await Count("outbox_messages", "message_type = 'recent'")).ShouldBe(1);
    }

    [Fact]
    public async Task An_audit_trail_kept_for_less_than_half_a_year_is_refused_at_start()
    {
        await using var shortLived = new ShortAuditIdentityHost();

        var refused = Should.Throw<OptionsValidationException>(() => shortLived.Server);

        refused.Message.ShouldContain("180 days");
    }

    private Task<long> Count(string table, string where) =>
        TestInfrastructure.ScalarAsync<long>(app.ConnectionString, $"SELECT count(*) FROM {table} WHERE {where}");

    private sealed class ShortAuditIdentityHost : IdentityHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Identity:SecurityEvents:Keep", "30.00:00:00");
        }
    }
}
