using System.Net;
using System.Net.Http.Json;
using Grpc.Core;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.SiteResources.Tests.SiteResourcesHost;

namespace PartySchoolNet.SiteResources.Tests;

public sealed class InputValidationTests(SiteResourcesHost host) : IClassFixture<SiteResourcesHost>
{
    [Fact]
    public async Task Every_bad_field_of_a_site_is_reported_at_once_and_nothing_is_stored()
    {
        var client = await host.ClientFor("fn.admin");
        var details = Details("");
        details.Capacity = 0;
        details.Location.Latitude = 91;
        details.Location.Longitude = -181;
        details.Themes.Add("星际旅行");
        details.Facilities.Add("helipad");
        details.OpeningHours.Add(new OpeningWindow { Weekday = 8, Opens = "18:00", Closes = "09:00" });
        details.OpeningHours.Add(new OpeningWindow { Weekday = 1, Opens = "8点", Closes = "12:00" });
        details.BookableBy = SharingScope.Unspecified;
        var before = await host.CountAsync("sites");

        var ex = await client.RegisterSiteAsync(new RegisterSiteRequest { OwnerSchoolId = (await host.SchoolIdAsync("fn")).ToString(), Details = details })
            .ShouldFailWith(StatusCode.InvalidArgument);

        ex.FieldViolations().ShouldBe([
            "details.name", "details.location.latitude", "details.location.longitude", "details.capacity", "details.facilities",
            "details.themes", "details.bookable_by", "details.opening_hours[7].weekday", "details.opening_hours[7].closes",
            "details.opening_hours[8].opens",
        ], ignoreOrder: true);
        (await host.CountAsync("sites")).ShouldBe(before);
    }

    [Fact]
    public async Task A_site_without_opening_hours_or_with_overlapping_windows_is_refused()
    {
        var client = await host.ClientFor("fn.admin");
        var owner = (await host.SchoolIdAsync("fn")).ToString();
        var closed = Details("从不开放的场地");
        closed.OpeningHours.Clear();
        var overlapping = Details("时段重叠的场地");
        overlapping.OpeningHours.Add(new OpeningWindow { Weekday = 1, Opens = "17:00", Closes = "20:00" });

        (await client.RegisterSiteAsync(new RegisterSiteRequest { OwnerSchoolId = owner, Details = closed }).ShouldFailWith(StatusCode.InvalidArgument))
            .FieldViolations().ShouldBe(["details.opening_hours"]);
        (await client.RegisterSiteAsync(new RegisterSiteRequest { OwnerSchoolId = owner, Details = overlapping }).ShouldFailWith(StatusCode.InvalidArgument))
            .FieldViolations().ShouldBe(["details.opening_hours"]);
    }

    public static TheoryData<string, int, int, int, int, int, string> BadBookings() => new()
    {
        { "reversed", 11, 0, 9, 0, 30, "end_time" },
        { "zero length", 9, 0, 9, 0, 30, "end_time" },
        { "over capacity", 9, 0, 10, 0, 101, "audience_size" },
        { "before opening", 7, 0, 9, 0, 30, "start_time" },
        { "after closing", 17, 0, 19, 0, 30, "start_time" },
        { "nobody", 9, 0, 10, 0, 0, "audience_size" },
    };

    [Theory]
    [MemberData(nameof(BadBookings))]
    public async Task A_booking_that_breaks_a_rule_is_refused_on_its_field_and_holds_nothing(
        string scenario, int startHour, int startMinute, int endHour, int endMinute, int audience, string field)
    {
        var site = await host.RegisterAsync("fn.admin", "fn", Details($"输入校验测试点-{scenario}"));
        var client = await host.ClientFor("fn.admin");
        var day = host.FreshMonday();

        var ex = await client.BookSiteAsync(Booking(site, At(day, startHour, startMinute), At(day, endHour, endMinute), audience))
            .ShouldFailWith(StatusCode.InvalidArgument);

        ex.FieldViolations().ShouldBe([field]);
        (await host.CountAsync("bookings", $"site_id = '{site.SiteId}'")).ShouldBe(0);
    }

    [Fact]
    public async Task A_booking_across_midnight_or_in_the_past_is_refused()
    {
        var site = await host.RegisterAsync("fn.admin", "fn", Details("跨日与过去时段测试点"));
        var client = await host.ClientFor("fn.admin");
        var day = host.FreshMonday();
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

        (await client.BookSiteAsync(Booking(site, At(day, 17), At(day.AddDays(1), 9))).ShouldFailWith(StatusCode.InvalidArgument))
            .FieldViolations().ShouldBe(["start_time"]);
        (await client.BookSiteAsync(Booking(site, At(yesterday, 9), At(yesterday, 10))).ShouldFailWith(StatusCode.InvalidArgument))
            .FieldViolations().ShouldBe(["start_time"]);
    }

    [Fact]
    public async Task Unknown_or_malformed_ids_are_told_apart()
    {
        var client = await host.ClientFor("fn.admin");
        var day = host.FreshMonday();
        var request = new BookSiteRequest { SiteId = "不是编号", StartTime = At(day, 9), EndTime = At(day, 10), Purpose = BookingPurpose.Class, Title = "测试", AudienceSize = 1 };

        (await client.BookSiteAsync(request).ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["site_id"]);
        request.SiteId = Guid.NewGuid().ToString();
        await client.BookSiteAsync(request).ShouldFailWith(StatusCode.NotFound);
    }

    [Fact]
    public async Task Search_and_utilization_refuse_windows_and_months_they_cannot_answer()
    {
        var client = await host.ClientFor("wjb.admin");
        var day = host.FreshMonday();

        (await client.SearchSitesAsync(new SearchSitesRequest { FreeFrom = At(day, 20), FreeUntil = At(day.AddDays(1), 8), Themes = { "不存在的主题" } })
            .ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["free_until", "themes"], ignoreOrder: true);
        (await client.ListSiteUtilizationAsync(new ListSiteUtilizationRequest { FromMonth = "2026-13", ToMonth = "2026-01" })
            .ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["from_month"]);
        (await client.ListSiteUtilizationAsync(new ListSiteUtilizationRequest { FromMonth = "2025-01", ToMonth = "2026-06" })
            .ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["to_month"]);
    }

    [Fact]
    public async Task Bad_input_over_JSON_is_a_400_naming_the_fields()
    {
        var site = await host.RegisterAsync("fn.admin", "fn", Details("JSON校验测试点"));
        var http = await host.HttpFor("fn.admin");
        var day = host.FreshMonday();

        var response = await http.PostAsJsonAsync($"/api/v1/site-resources/sites/{site.SiteId}/bookings", new
        {
            start_time = At(day, 11).ToDateTimeOffset(), end_time = At(day, 10).ToDateTimeOffset(), purpose = "BOOKING_PURPOSE_CLASS", title = "JSON", audience_size = 5,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("end_time");
    }
}
