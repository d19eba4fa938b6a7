using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Platform.Tests;

/// <summary>A township finds a teaching point over JSON and books it over gRPC, both through the gateway; a second booking of that time is refused.</summary>
[Collection(PlatformTests.Name)]
public sealed class SiteBookingTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_township_searches_the_demo_catalogue_over_JSON_and_books_over_gRPC_and_the_time_is_then_taken()
    {
        var wjbHttp = platform.Http(await platform.TokenAsync("wjb.admin"));
        var found = await Eventually.Until(
            () => wjbHttp.GetFromJsonAsync<JsonElement>("/api/v1/site-resources/sites?themes=防汛抗洪&kinds=SITE_KIND_TEACHING_POINT&maxDistanceKm=30"),
            body => body.GetProperty("sites").EnumerateArray().Any(m => m.GetProperty("site").GetProperty("name").GetString() == "王家坝闸现场教学点"),
            TimeSpan.FromSeconds(90), "the demo catalogue to reach the search");
        var siteId = found.GetProperty("sites").EnumerateArray()
            .Select(m => m.GetProperty("site")).First(s => s.GetProperty("name").GetString() == "王家坝闸现场教学点").GetProperty("siteId").GetString()!;

        var client = new SiteResourcesService.SiteResourcesServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("wjb.admin")));
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);
        var (start, end) = (new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)), new DateTimeOffset(day.ToDateTime(new TimeOnly(11, 0)), TimeSpan.FromHours(8)));
        var booking = await client.BookSiteAsync(new BookSiteRequest
        {
            SiteId = siteId, StartTime = Timestamp.FromDateTimeOffset(start), EndTime = Timestamp.FromDateTimeOffset(end),
            Purpose = BookingPurpose.Class, Title = "王家坝精神现场教学", AudienceSize = 45,
        });

        var dispatcherHttp = platform.Http(await platform.TokenAsync("fn.dispatcher"));
        var clash = await dispatcherHttp.PostAsJsonAsync($"/api/v1/site-resources/sites/{siteId}/bookings", new
        {
            start_time = start.AddHours(1), end_time = end.AddHours(1), purpose = "BOOKING_PURPOSE_OUTREACH", title = "送教下基层", audience_size = 30,
        });

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        clash.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await clash.Content.ReadAsStringAsync()).ShouldContain("site_time_taken");
    }
}
