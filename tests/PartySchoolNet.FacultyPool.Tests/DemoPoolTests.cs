using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.FacultyPool.Tests.FacultyPoolHost;

namespace PartySchoolNet.FacultyPool.Tests;

public sealed class DemoPoolTests(DemoPoolHost host) : IClassFixture<DemoPoolHost>
{
    [Fact]
    public async Task The_demo_pool_holds_two_thousand_instructors_of_every_kind_with_their_hours_and_assignments()
    {
        (await host.CountAsync("instructors")).ShouldBeGreaterThanOrEqualTo(2000);
        (await host.CountAsync("(SELECT DISTINCT kind FROM instructors) k")).ShouldBe(8);
        (await host.CountAsync("instructors i", "NOT EXISTS (SELECT 1 FROM instructor_availability a WHERE a.instructor_id = i.id)")).ShouldBe(0);
        (await host.CountAsync("instructor_blackouts", "reason = '三夏农忙'")).ShouldBeGreaterThan(0);
        (await host.CountAsync("assignments")).ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task Every_demo_instructor_and_assignment_is_announced_once_so_reports_have_the_demos_figures()
    {
        var registered = await host.CountAsync("outbox_messages", "message_type LIKE '%InstructorRegistered%'");
        var assigned = await host.CountAsync("outbox_messages", "message_type LIKE '%InstructorAssigned%'");
        var unannounced = await host.CountAsync("instructors i",
            "NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.message_type LIKE '%InstructorRegistered%' AND o.payload->'instructor'->>'instructorId' = i.id::text)");

        registered.ShouldBe(await host.CountAsync("instructors"));
        assigned.ShouldBe(await host.CountAsync("assignments"));
        unannounced.ShouldBe(0);
    }

    [Fact]
    public async Task A_township_finds_ranked_instructors_for_rural_revitalisation_from_its_own_pool_and_what_is_shared_with_it()
    {
        var day = host.FreshMonday();
        var request = new MatchInstructorsRequest
        {
            Topic = "乡村振兴", StartTime = At(day, 9), EndTime = At(day, 11), AudienceSize = 50, PageSize = 20,
            Place = new Place { Name = "王家坝镇新时代文明实践所", Location = new Google.Type.LatLng { Latitude = 32.437, Longitude = 115.586 } },
        };

        var found = await (await host.ClientFor("wjb.admin")).MatchInstructorsAsync(request);

        found.Candidates.Count.ShouldBe(20);
        found.TotalCount.ShouldBeGreaterThan(20);
        found.Candidates.ShouldAllBe(c => c.Instructor.Details.Topics.Contains("乡村振兴"));
        found.Candidates.Select(c => c.Score).ShouldBeInOrder(SortDirection.Descending);
        var homes = found.Candidates.Select(c => c.Instructor.HomeSchoolName).Distinct().ToList();
        homes.ShouldAllBe(h => h == "王家坝镇党校" || h.Contains("阜南") || !h.EndsWith("镇党校"), "a township's own instructors are never another township's");
    }
}
