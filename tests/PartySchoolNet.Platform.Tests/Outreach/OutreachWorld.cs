using Google.Protobuf.WellKnownTypes;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;

namespace PartySchoolNet.Platform.Tests.Outreach;

/// <summary>送教下基层 as the schools of 阜南 see it through the gateway, and what FacultyPool and SiteResources hold for it.</summary>
internal sealed class OutreachWorld(RunningPlatform platform)
{
    public const string Topic = "乡村振兴";

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public async Task<OutreachService.OutreachServiceClient> OutreachAsync(string userName) =>
        new(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync(userName)));

    public async Task<FacultyPoolService.FacultyPoolServiceClient> FacultyAsync(string userName) =>
        new(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync(userName)));

    public async Task<IReadOnlyList<School>> TownshipsAsync(string countyCode)
    {
        var schools = await SchoolsAsync();
        var county = schools.Single(s => s.Code == countyCode);
        return [.. schools.Where(s => s.ParentId == county.SchoolId).OrderBy(s => s.Code, StringComparer.Ordinal)];
    }

    private async Task<IReadOnlyList<School>> SchoolsAsync()
    {
        var identity = await platform.IdentityThroughGatewayAsync("fy.admin");
        return (await identity.ListSchoolsAsync(new ListSchoolsRequest { PageSize = 500 })).Schools;
    }

    /// <summary>Instructors of the county who teach the topic at any hour of any day, so a test may pick its slot freely.</summary>
    public async Task<IReadOnlyList<string>> AllDayInstructorsAsync(string countyCode, string name, int count, SharingScope sharing = SharingScope.County)
    {
        var county = (await SchoolsAsync()).Single(s => s.Code == countyCode).SchoolId;
        return await AllDayInstructors.RegisterAsync(await FacultyAsync($"{countyCode}.admin"), county, Topic, name, count, sharing);
    }

    public static OutreachDetails Details(string title, OutreachPlace place, params (DateTimeOffset Start, TimeSpan Length)[] windows)
    {
        var details = new OutreachDetails
        {
            Topic = Topic, Title = title, Audience = OutreachAudience.VillageCommittees, AudienceSize = 40, Category = ClassCategory.Theory, Place = place,
            Notes = "请结合本镇防汛和产业发展实际",
        };
        details.Windows.AddRange(windows.Select(w => new OutreachWindow
        {
            StartTime = Timestamp.FromDateTimeOffset(w.Start), EndTime = Timestamp.FromDateTimeOffset(w.Start + w.Length),
        }));
        return details;
    }

    public static OutreachPlace Village(string name) => new() { Kind = OutreachPlaceKind.Other, Name = name };

    /// <summary>A weekday morning (China time) some weeks ahead: sites are open and the demo instructors keep office hours.</summary>
    public static DateTimeOffset MorningInWeeks(int weeks, int hour = 9)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow + ChinaOffset).AddDays(7 * weeks);
        while (day.DayOfWeek != DayOfWeek.Tuesday)
        {
            day = day.AddDays(1);
        }
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), ChinaOffset);
    }

    /// <summary>
    /// Polls the dispatch board until no process works on these requests any more (scheduled, returned, or closed); one
    /// list call per poll keeps the test under the gateway's rate limit.
    /// </summary>
    public static async Task<IReadOnlyList<Enrollment.Contracts.OutreachRequest>> SettledAsync(
        OutreachService.OutreachServiceClient client, IReadOnlyList<string> ids, TimeSpan timeout)
    {
        var settled = await Eventually.Until(() => FindAsync(client, ids),
            found => found.Count == ids.Count && found.Values.All(r => r.Status is not (OutreachStatus.Approving or OutreachStatus.AwaitingLending)),
            timeout, $"{ids.Count} outreach requests to settle");
        return [.. ids.Select(id => settled[id])];
    }

    public static async Task<Enrollment.Contracts.OutreachRequest> SettledAsync(OutreachService.OutreachServiceClient client, string id, TimeSpan timeout) =>
        (await SettledAsync(client, [id], timeout))[0];

    /// <summary>The requests of the caller's board with these ids, by id.</summary>
    public static async Task<Dictionary<string, Enrollment.Contracts.OutreachRequest>> FindAsync(OutreachService.OutreachServiceClient client, IReadOnlyList<string> ids)
    {
        var wanted = ids.ToHashSet();
        var found = new Dictionary<string, Enrollment.Contracts.OutreachRequest>();
        var token = "";
        do
        {
            var page = await client.ListOutreachRequestsAsync(new ListOutreachRequestsRequest { PageSize = 200, PageToken = token });
            foreach (var request in page.OutreachRequests.Where(r => wanted.Contains(r.OutreachRequestId)))
            {
                found[request.OutreachRequestId] = request;
            }
            token = page.NextPageToken;
        }
        while (token.Length > 0 && found.Count < wanted.Count);
        return found;
    }

    /// <summary>Active assignments in FacultyPool made for these requests, counted per request.</summary>
    public Task<Dictionary<string, long>> ActiveAssignmentsAsync(IEnumerable<string> requestIds) =>
        CountByReferenceAsync("faculty-pool", "assignments", "'Active'", requestIds);

    /// <summary>Bookings in SiteResources holding a site for these requests, counted per request.</summary>
    public Task<Dictionary<string, long>> HoldingBookingsAsync(IEnumerable<string> requestIds) =>
        CountByReferenceAsync("site-resources", "bookings", "'Pending', 'Confirmed'", requestIds);

    /// <summary>Sessions Enrollment has scheduled with this instructor.</summary>
    public Task<long> SessionsTaughtByAsync(string instructorId) => TestInfrastructure.ScalarAsync<long>(platform.Database("enrollment"),
        $"SELECT count(*) FROM class_sessions WHERE instructor_id = '{Guid.Parse(instructorId)}'");

    /// <summary>Requests whose returned attempt still owes its partners a release.</summary>
    public Task<long> ReleasesPendingAsync(IEnumerable<string> requestIds) => TestInfrastructure.ScalarAsync<long>(platform.Database("enrollment"),
        $"SELECT count(*) FROM outreach_requests WHERE release_pending AND id::text IN ({Quoted(requestIds)})");

    private async Task<Dictionary<string, long>> CountByReferenceAsync(string service, string table, string statuses, IEnumerable<string> requestIds)
    {
        var rows = await TestInfrastructure.ScalarAsync<string>(platform.Database(service),
            $"SELECT coalesce(string_agg(reference_id || '=' || n, ','), '') FROM (SELECT reference_id, count(*) AS n FROM {table} " +
            $"WHERE status IN ({statuses}) AND reference_id IN ({Quoted(requestIds)}) GROUP BY reference_id) c");
        return rows.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split('=')).ToDictionary(r => r[0], r => long.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Quoted(IEnumerable<string> ids) => string.Join(',', ids.Select(id => $"'{Guid.Parse(id)}'"));
}
