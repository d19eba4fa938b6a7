using Google.Protobuf.WellKnownTypes;
using PartySchoolNet.Enrollment.Contracts;

namespace PartySchoolNet.Enrollment.Tests;

/// <summary>
/// Enrollment in-process with requests of 王家坝 and 鹿城 (阜南's townships) and 西湖 (颍州's) waiting for approval: what needs no
/// partner service — asking, amending, withdrawing, declining, the board and who may do what.
/// </summary>
public sealed class OutreachWorld : IAsyncLifetime
{
    public static readonly string[] Townships = ["wjb", "lc", "xh"];

    public EnrollmentHost Host { get; } = new();

    public Dictionary<string, OutreachRequest> Requests { get; } = [];

    /// <summary>A request of each township the city has declined: whatever may still act on it meets its state, not its tenancy.</summary>
    public Dictionary<string, OutreachRequest> Closed { get; } = [];

    public async ValueTask InitializeAsync()
    {
        await Host.InitializeAsync();
        var city = await ClientFor("fy.admin");
        foreach (var township in Townships)
        {
            Requests[township] = await RequestAsync("fy.admin", township, $"矩阵送教{township}");
            var closed = await RequestAsync("fy.admin", township, $"矩阵已结{township}");
            Closed[township] = await city.DeclineOutreachRequestAsync(new DeclineOutreachRequestRequest { OutreachRequestId = closed.OutreachRequestId, Reason = "矩阵测试" });
        }
    }

    public async Task<OutreachService.OutreachServiceClient> ClientFor(string userName) => new(await Host.ChannelFor(userName));

    public async Task<OutreachRequest> RequestAsync(string userName, string townshipCode, string title, OutreachDetails? details = null)
    {
        var client = await ClientFor(userName);
        return await client.RequestOutreachAsync(new RequestOutreachRequest
        {
            TownshipId = (await Host.SchoolIdAsync(townshipCode)).ToString(), Details = details ?? Details(title),
        });
    }

    /// <summary>A valid request: 40 村两委 members, two preferred mornings next month, a village's own room.</summary>
    public static OutreachDetails Details(string title)
    {
        var first = DateTimeOffset.UtcNow.AddDays(30);
        var details = new OutreachDetails
        {
            Topic = "乡村振兴", Title = title, Audience = OutreachAudience.VillageCommittees, AudienceSize = 40,
            Place = new OutreachPlace { Kind = OutreachPlaceKind.Other, Name = "村党群服务中心" },
        };
        details.Windows.Add(Window(first));
        details.Windows.Add(Window(first.AddDays(7)));
        return details;
    }

    public static OutreachWindow Window(DateTimeOffset start) =>
        new() { StartTime = Timestamp.FromDateTimeOffset(start), EndTime = Timestamp.FromDateTimeOffset(start.AddHours(2)) };

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
