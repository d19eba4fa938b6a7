using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.FacultyPool.Tests.FacultyPoolHost;

namespace PartySchoolNet.FacultyPool.Tests;

/// <summary>Each test defines its own topic, so its instructors are the only candidates.</summary>
public sealed class MatchingTests(FacultyPoolHost host) : IClassFixture<FacultyPoolHost>
{
    private static readonly string[] Homes = ["fn", "yz", "yd", "lq", "fn", "yz"];

    private async Task<string> FreshTopicAsync()
    {
        var topic = $"匹配专题{Guid.NewGuid().ToString("N")[..8]}";
        await (await host.ClientFor("fy.admin")).DefineTopicAsync(new DefineTopicRequest { Name = topic });
        return topic;
    }

    private async Task<Instructor> RegisterAsync(string home, string name, string topic, SharingScope scope, int monthlyLoad = 20, bool eveningsOnly = false)
    {
        var details = Details(name, scope, monthlyLoad);
        details.Topics.Insert(0, topic);
        if (eveningsOnly)
        {
            details.Availability.Clear();
            details.Availability.Add(Enumerable.Range(1, 7).Select(d => new AvailabilityWindow { Weekday = d, From = "19:00", Until = "21:00" }));
        }
        return await host.RegisterAsync("fy.admin", home, details);
    }

    private static MatchInstructorsRequest Match(string topic, DateOnly day, string requesterId = "") => new()
    {
        Topic = topic, StartTime = At(day, 9), EndTime = At(day, 11), AudienceSize = 40, RequestingSchoolId = requesterId,
        Place = new Place { Name = "王家坝镇新时代文明实践所", Location = new Google.Type.LatLng { Latitude = 32.437, Longitude = 115.586 } },
    };

    [Fact]
    public async Task Only_instructors_shared_with_the_requester_willing_free_and_under_their_load_are_candidates()
    {
        var topic = await FreshTopicAsync();
        var day = host.FreshMonday();
        var city = await host.ClientFor("fy.admin");
        var ownFree = await RegisterAsync("wjb", "匹配本校空闲", topic, SharingScope.OwnSchool);
        var countyFree = await RegisterAsync("fn", "匹配本县共享", topic, SharingScope.County);
        var countyBusy = await RegisterAsync("fn", "匹配本县已占", topic, SharingScope.County);
        await RegisterAsync("yz", "匹配外县自用", topic, SharingScope.OwnSchool);
        var cityFull = await RegisterAsync("yz", "匹配全市满额", topic, SharingScope.City, monthlyLoad: 1);
        await RegisterAsync("yz", "匹配全市仅晚间", topic, SharingScope.City, eveningsOnly: true);
        var cityFree = await RegisterAsync("yz", "匹配全市空闲", topic, SharingScope.City);
        await city.AssignInstructorAsync(new AssignInstructorRequest { InstructorId = countyBusy.InstructorId, RequestingSchoolId = (await host.SchoolIdAsync("fn")).ToString(), Slot = Slot(At(day, 10), At(day, 12)) });
        await city.AssignInstructorAsync(Assign(cityFull, Slot(At(day.AddDays(1), 9), At(day.AddDays(1), 10))));

        var found = await (await host.ClientFor("wjb.admin")).MatchInstructorsAsync(Match(topic, day));

        found.Candidates.Select(c => c.Instructor.InstructorId).ShouldBe([ownFree.InstructorId, countyFree.InstructorId, cityFree.InstructorId], ignoreOrder: true);
        found.TotalCount.ShouldBe(3);
        found.Candidates.Single(c => c.Instructor.InstructorId == ownFree.InstructorId).NeedsLending.ShouldBeFalse();
        found.Candidates.Single(c => c.Instructor.InstructorId == cityFree.InstructorId).NeedsLending.ShouldBeTrue();
    }

    [Fact]
    public async Task A_county_that_has_lent_more_this_month_ranks_lower_and_each_score_is_the_sum_of_its_explained_parts()
    {
        var topic = await FreshTopicAsync();
        var day = host.FreshMonday();
        var city = await host.ClientFor("fy.admin");
        var fromYz = await RegisterAsync("yz", "颍州外借较多", topic, SharingScope.City);
        var fromYd = await RegisterAsync("yd", "颍东外借较少", topic, SharingScope.City);
        var fnId = (await host.SchoolIdAsync("fn")).ToString();
        for (var i = 0; i < 3; i++)
        {
            var lent = await RegisterAsync("yz", $"颍州已外借{i}", $"{topic}", SharingScope.City);
            await city.AssignInstructorAsync(new AssignInstructorRequest { InstructorId = lent.InstructorId, RequestingSchoolId = fnId, Slot = Slot(At(day, 9), At(day, 11)) });
        }

        var found = await (await host.ClientFor("fn.dispatcher")).MatchInstructorsAsync(Match(topic, day));

        var ranked = found.Candidates.Select(c => c.Instructor.InstructorId).ToList();
        ranked.IndexOf(fromYd.InstructorId).ShouldBeLessThan(ranked.IndexOf(fromYz.InstructorId));
        var yz = found.Candidates.Single(c => c.Instructor.InstructorId == fromYz.InstructorId);
        var yd = found.Candidates.Single(c => c.Instructor.InstructorId == fromYd.InstructorId);
        var month = new DateOnly(day.Year, day.Month, 1);
        var lentByYz = await host.CountAsync("assignments", $"status = 'Active' AND home_path LIKE 'fy.yz%' AND requesting_path NOT LIKE 'fy.yz%' " +
            $"AND starts_at >= '{month:yyyy-MM-dd} 00:00+08' AND starts_at < '{month.AddMonths(1):yyyy-MM-dd} 00:00+08'");
        lentByYz.ShouldBeGreaterThanOrEqualTo(3);
        yz.Parts.Single(p => p.Code == "fairness").Value.ShouldBeLessThan(1);
        yd.Parts.Single(p => p.Code == "fairness").Value.ShouldBe(1);
        yz.Parts.Single(p => p.Code == "fairness").Explanation.ShouldContain($"本月已外借{lentByYz}次");
        foreach (var candidate in found.Candidates)
        {
            candidate.Parts.Select(p => p.Code).ShouldBe(["topic_fit", "rating", "distance", "load", "fairness"]);
            candidate.Parts.Sum(p => p.Weight).ShouldBe(100);
            candidate.Score.ShouldBe(Math.Round(candidate.Parts.Sum(p => p.Points), 2), 0.011);
            candidate.Parts.ShouldAllBe(p => p.Explanation.Length > 0 && p.Value >= 0 && p.Value <= 1);
        }
        found.Candidates.Select(c => c.Score).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task The_same_request_over_the_same_data_ranks_the_same_way()
    {
        var topic = await FreshTopicAsync();
        var day = host.FreshMonday();
        foreach (var (home, i) in Homes.Select((h, i) => (h, i)))
        {
            await RegisterAsync(home, $"确定性测试{i}", topic, SharingScope.City);
        }
        var client = await host.ClientFor("fn.dispatcher");

        var first = await client.MatchInstructorsAsync(Match(topic, day));
        var second = await client.MatchInstructorsAsync(Match(topic, day));

        first.Candidates.Count.ShouldBe(6);
        second.ShouldBe(first);
    }
}
