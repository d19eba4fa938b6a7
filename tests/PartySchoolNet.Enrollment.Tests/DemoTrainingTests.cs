using Grpc.Core;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Enrollment.Tests;

/// <summary>Enrollment with the demo data: every school of the 阜阳 tree gets its roster and a year of classes.</summary>
public sealed class DemoTrainingHost() : EnrollmentHost(seedDemoData: true)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await UntilEverySchoolHandledByAsync("DemoEnrollmentConsumer", TimeSpan.FromSeconds(300));
        await TestInfrastructure.ExecuteAsync(ConnectionString, "ANALYZE");
    }
}

public sealed class DemoTrainingTests(DemoTrainingHost host) : IClassFixture<DemoTrainingHost>
{
    [Fact]
    public async Task The_demo_network_has_a_hundred_thousand_cadres_and_a_year_of_classes_at_every_tier()
    {
        (await host.CountAsync("cadres")).ShouldBeGreaterThanOrEqualTo(100_000);
        foreach (var depth in new[] { 1, 2, 3 })
        {
            var tier = $"array_length(string_to_array(owner_path, '.'), 1) = {depth}";
            (await host.CountAsync("training_classes", $"{tier} AND state = {(int)ClassState.Completed}")).ShouldBeGreaterThan(0);
            (await host.CountAsync("attendance a JOIN class_sessions s ON s.id = a.session_id JOIN training_classes c ON c.id = s.class_id", tier)).ShouldBeGreaterThan(0);
        }
        (await host.CountAsync("training_classes", $"state = {(int)ClassState.InProgress}")).ShouldBeGreaterThan(100);
        (await host.CountAsync("training_classes", $"state = {(int)ClassState.Open} AND mode = {(int)ClassMode.SelfSelected}")).ShouldBe(9);
    }

    [Fact]
    public async Task Demo_credits_follow_the_attendance_rule_computed_independently_in_sql()
    {
        var disagreements = await TestInfrastructure.ScalarAsync<long>(host.ConnectionString, $"""
            WITH outcome AS (
                SELECT p.id, p.credited_hours, c.credit_hours,
                       sum(s.hours) AS total, coalesce(sum(s.hours) FILTER (WHERE a.status IN ({(int)AttendanceStatus.Leave}, {(int)AttendanceStatus.Absent})), 0) AS missed
                FROM participants p
                JOIN training_classes c ON c.id = p.class_id AND c.state = {(int)ClassState.Completed}
                JOIN attendance a ON a.participant_id = p.id
                JOIN class_sessions s ON s.id = a.session_id
                WHERE p.status = {(int)EnrollmentStatus.Confirmed}
                GROUP BY p.id, p.credited_hours, c.credit_hours)
            SELECT count(*) FROM outcome
            WHERE credited_hours <> CASE WHEN missed * 7 <= total THEN credit_hours ELSE 0 END
            """);
        var uncredited = await host.CountAsync("participants p JOIN training_classes c ON c.id = p.class_id",
            $"c.state = {(int)ClassState.Completed} AND p.status = {(int)EnrollmentStatus.Confirmed} AND p.credited_hours = 0");

        disagreements.ShouldBe(0);
        uncredited.ShouldBeGreaterThan(0);
        (await host.CountAsync("credit_records")).ShouldBe(await host.CountAsync("participants", "credited_hours > 0"));
    }

    [Fact]
    public async Task Every_completed_demo_class_is_announced_once_with_each_confirmed_trainee_so_reports_have_the_year()
    {
        var wrong = await TestInfrastructure.ScalarAsync<long>(host.ConnectionString, $"""
            WITH announced AS (
                SELECT (payload->'class'->>'classId')::uuid AS class_id, count(*) AS times, max(jsonb_array_length(payload->'trainees')) AS trainees
                FROM outbox_messages WHERE message_type LIKE '%ClassCompleted%' GROUP BY 1)
            SELECT count(*) FROM training_classes c LEFT JOIN announced a ON a.class_id = c.id
            WHERE c.state = {(int)ClassState.Completed} AND c.mode <> {(int)ClassMode.Outreach}
              AND (a.times IS DISTINCT FROM 1 OR a.trainees <> (SELECT count(*) FROM participants p WHERE p.class_id = c.id AND p.status = {(int)EnrollmentStatus.Confirmed}))
            """);

        wrong.ShouldBe(0);
        (await host.CountAsync("outbox_messages", "message_type LIKE '%ClassCompleted%'")).ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task Every_demo_cadre_is_announced_once_with_the_hours_its_level_requires_so_reports_know_the_rosters()
    {
        var wrong = await TestInfrastructure.ScalarAsync<long>(host.ConnectionString, """
            WITH announced AS (
                SELECT (c->>'cadreId')::uuid AS id, count(*) AS times, min((c->>'requiredHours')::numeric) AS required
                FROM outbox_messages m, jsonb_array_elements(m.payload->'cadres') c WHERE m.message_type LIKE '%CadresChanged%' GROUP BY 1)
            SELECT count(*) FROM cadres r FULL JOIN announced a ON a.id = r.id
            WHERE a.times IS DISTINCT FROM 1 OR r.id IS NULL OR a.required <= 0
            """);
        var largest = await TestInfrastructure.ScalarAsync<int>(host.ConnectionString,
            "SELECT max(jsonb_array_length(payload->'cadres')) FROM outbox_messages WHERE message_type LIKE '%CadresChanged%'");

        wrong.ShouldBe(0);
        largest.ShouldBeLessThanOrEqualTo(1000);
    }

    [Fact]
    public async Task Every_demo_outreach_request_is_announced_with_each_step_it_took_so_reports_have_the_year_of_outreach()
    {
        Task<long> MismatchesAsync(string eventType, string statuses) => TestInfrastructure.ScalarAsync<long>(host.ConnectionString, $"""
            WITH announced AS (
                SELECT (payload->'request'->>'outreachRequestId')::uuid AS id, count(*) AS times
                FROM outbox_messages WHERE message_type LIKE '%{eventType}%' GROUP BY 1)
            SELECT count(*) FROM outreach_requests r FULL JOIN announced a ON a.id = r.id
            WHERE coalesce(r.status IN ({statuses}), false) IS DISTINCT FROM coalesce(a.times = 1, false)
            """);
        var all = string.Join(", ", Enum.GetValues<OutreachStatus>().Select(s => (int)s));


        (await MismatchesAsync("OutreachRequested", all)).ShouldBe(0);
        (await MismatchesAsync("OutreachDelivered", $"{(int)OutreachStatus.Delivered}")).ShouldBe(0);
        (await MismatchesAsync("OutreachDeclined", $"{(int)OutreachStatus.Declined}")).ShouldBe(0);
        (await MismatchesAsync("OutreachWithdrawn", $"{(int)OutreachStatus.Withdrawn}")).ShouldBe(0);
        (await host.CountAsync("outbox_messages", "message_type LIKE '%OutreachScheduled%'")).ShouldBe(await host.CountAsync("outreach_requests", $"status = {(int)OutreachStatus.Delivered}"));
    }

    [Fact]
    public async Task A_township_sees_its_own_units_hours_against_the_requirement()
    {
        var client = await host.ClientFor("wjb.admin");
        var village = (await client.ListUnitsAsync(new ListUnitsRequest())).Units.First(u => u.Name.EndsWith('村'));
        var year = DateTime.UtcNow.AddHours(8).Year;

        var credits = await client.ListUnitCreditsAsync(new ListUnitCreditsRequest { UnitId = village.UnitId, Year = year });

        credits.TotalCount.ShouldBe(village.CadreCount);
        credits.Ledgers.ShouldAllBe(l => l.RequiredHours > 0);
        credits.ShortCount.ShouldBe(credits.Ledgers.Count(l => l.EarnedHours < l.RequiredHours));
    }

    [Fact]
    public async Task Every_township_has_a_year_of_outreach_mostly_delivered_and_the_city_sees_the_lead_times_of_each_county()
    {
        var townships = await host.CountAsync("schools", "array_length(string_to_array(path, '.'), 1) = 3");
        var delivered = $"status = {(int)OutreachStatus.Delivered}";
        var city = new OutreachService.OutreachServiceClient(await host.ChannelFor("fy.admin"));

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var lastYear = new GetOutreachLeadTimesRequest { FromDate = Day(today.AddDays(-365)), UntilDate = Day(today) };
        var leadTimes = await city.GetOutreachLeadTimesAsync(lastYear);
        var county = await new OutreachService.OutreachServiceClient(await host.ChannelFor("fn.dispatcher")).GetOutreachLeadTimesAsync(lastYear);
        var backwards = await city.GetOutreachLeadTimesAsync(new GetOutreachLeadTimesRequest { FromDate = Day(today), UntilDate = Day(today.AddDays(-1)) })
            .ShouldFailWith(StatusCode.InvalidArgument);

        (await TestInfrastructure.ScalarAsync<long>(host.ConnectionString, "SELECT count(DISTINCT township_id) FROM outreach_requests")).ShouldBe(townships);
        (await TestInfrastructure.ScalarAsync<long>(host.ConnectionString,
            $"SELECT count(DISTINCT township_id) FROM outreach_requests WHERE status = {(int)OutreachStatus.Requested}")).ShouldBe(townships);
        (await host.CountAsync("outreach_requests", delivered) * 10).ShouldBeGreaterThan(await host.CountAsync("outreach_requests") * 6);
        (await host.CountAsync("outreach_requests r JOIN training_classes c ON c.id = r.class_id",
            $"r.{delivered} AND c.mode = {(int)ClassMode.Outreach} AND c.state = {(int)ClassState.Completed}")).ShouldBe(await host.CountAsync("outreach_requests", delivered));
        leadTimes.Counties.Count.ShouldBe((int)await host.CountAsync("schools", "array_length(string_to_array(path, '.'), 1) = 2"));
        leadTimes.Counties.ShouldAllBe(c => c.ByStatus.Single(s => s.Status == OutreachStatus.Delivered).Count == c.ToDelivery.Count
            && c.ByStatus.Sum(s => s.Count) == c.Requested && c.ToApproval.MedianHours > 0 && c.ToApproval.P90Hours >= c.ToApproval.MedianHours
            && c.Overall.MedianHours > c.ToApproval.MedianHours);
        county.Counties.Select(c => c.CountyName).ShouldBe(["中共阜南县委党校"]);
        backwards.FieldViolations().ShouldBe(["until_date"]);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
