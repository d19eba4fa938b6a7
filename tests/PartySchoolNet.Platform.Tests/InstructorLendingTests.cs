using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Platform.Tests;

/// <summary>阜南's dispatcher finds a city-shared instructor of another county over JSON, asks to borrow them, the city approves over gRPC.</summary>
[Collection(PlatformTests.Name)]
public sealed class InstructorLendingTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_county_dispatcher_borrows_a_matched_instructor_from_another_county_through_the_gateway()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(45);
        while (day.DayOfWeek != DayOfWeek.Tuesday)
        {
            day = day.AddDays(1);
        }
        var (start, end) = (Instant(day, 9), Instant(day, 11));
        var dispatcher = platform.Http(await platform.TokenAsync("fn.dispatcher"));
        var matches = await Eventually.Until(
            () => dispatcher.GetFromJsonAsync<JsonElement>(
                $"/api/v1/faculty-pool/matches?topic={Uri.EscapeDataString("乡村振兴")}&startTime={start}&endTime={end}&audienceSize=60" +
                "&pageSize=100&place.name=" + Uri.EscapeDataString("王家坝镇新时代文明实践所") + "&place.location.latitude=32.437&place.location.longitude=115.586"),
            body => body.TryGetProperty("candidates", out var c) && c.EnumerateArray().Any(x => x.TryGetProperty("needsLending", out var n) && n.GetBoolean()),
            TimeSpan.FromSeconds(90), "the demo pool to offer a lendable instructor");
        var candidate = matches.GetProperty("candidates").EnumerateArray().First(c => c.TryGetProperty("needsLending", out var n) && n.GetBoolean());
        var instructorId = candidate.GetProperty("instructor").GetProperty("instructorId").GetString()!;

        var asked = await dispatcher.PostAsJsonAsync("/api/v1/faculty-pool/lending-requests", new
        {
            instructor_id = instructorId, note = "送教下基层：王家坝镇乡村振兴专题",
            slot = new { start_time = start, end_time = end, title = "乡村振兴专题辅导", audience_size = 60, place = new { name = "王家坝镇新时代文明实践所" } },
        });
        asked.EnsureSuccessStatusCode();
        var lendingId = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lendingRequestId").GetString()!;

        var city = new FacultyPoolService.FacultyPoolServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("fy.admin")));
        var approved = await city.ApproveLendingAsync(new ApproveLendingRequest { LendingRequestId = lendingId, Note = "同意借调" });
        var assignment = await dispatcher.GetFromJsonAsync<JsonElement>($"/api/v1/faculty-pool/assignments/{approved.AssignmentId}");

        candidate.GetProperty("parts").GetArrayLength().ShouldBe(5);
        approved.Status.ShouldBe(LendingStatus.Approved);
        assignment.GetProperty("instructorId").GetString().ShouldBe(instructorId);
        assignment.GetProperty("status").GetString().ShouldBe("ASSIGNMENT_STATUS_ACTIVE");
    }

    private static string Instant(DateOnly day, int hour) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8)).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
