using System.Globalization;
using System.Text;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Testing;

namespace PartySchoolNet.Platform.Tests.Portal;

/// <summary>
/// A 王家坝 class under way, set up through the gateway's API as the school would: two cadres from its roster confirmed,
/// two sessions already begun (yesterday and today, China time), so a class manager can mark attendance in the portal.
/// </summary>
public sealed record TownshipClass(string ClassId, string Title, IReadOnlyList<Session> Sessions, IReadOnlyDictionary<string, string> EnrollmentIds)
{
    public static Task<TownshipClass> StartAsync(PlatformFixture platform, string title, params string[] trainees) =>
        StartAsync(platform, title, "", trainees);

    /// <summary>
    /// The same, with <paramref name="instructorId"/> (when not empty) teaching both sessions; with <paramref name="lastDay"/>, a
    /// class of the past (its two days ending then, both sessions held), as a school records one afterwards.
    /// </summary>
    public static async Task<TownshipClass> StartAsync(PlatformFixture platform, string title, string instructorId, IReadOnlyList<string> trainees, DateOnly? lastDay = null)
    {
        var admin = new EnrollmentService.EnrollmentServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("wjb.admin")));
        var me = await (await platform.IdentityThroughGatewayAsync("wjb.admin")).WhoAmIAsync(new WhoAmIRequest());
        var unit = $"西田坡村{title}";
        var staffPrefix = $"P{Random.Shared.Next(100_000, 999_999)}";
        var csv = new StringBuilder("单位,人员编号,姓名,职级,任职年限,是否领导\n");
        foreach (var (name, i) in trainees.Select((n, i) => (n, i)))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{unit},{staffPrefix}-{i},{name},村两委成员,3,否\n");
        }
        await admin.ImportRosterAsync(new ImportRosterRequest { SchoolId = me.SchoolId, Csv = csv.ToString() });
        var unitId = (await admin.ListUnitsAsync(new ListUnitsRequest { SchoolId = me.SchoolId, PageSize = 500 })).Units.Single(u => u.Name == unit).UnitId;
        var cadres = (await admin.ListCadresAsync(new ListCadresRequest { UnitId = unitId, PageSize = 500 })).Cadres;

        var today = lastDay ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var created = await admin.CreateClassAsync(new CreateClassRequest
        {
            Details = new ClassDetails
            {
                Title = title, Category = ClassCategory.Capability, Mode = ClassMode.OnSite, Capacity = Math.Max(20, trainees.Count), CreditHours = 6,
                StartDate = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                EndDate = today.AddDays(lastDay is null ? 1 : 0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
        });
        var yesterdayMorning = new DateTimeOffset(today.AddDays(-1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
        var sessions = new List<Session>();
        foreach (var (name, start) in new[] { ("第一讲 基层治理", yesterdayMorning), ("第二讲 乡村振兴", lastDay is null ? DateTimeOffset.UtcNow.AddMinutes(-30) : yesterdayMorning.AddDays(1)) })
        {
            sessions.Add(await admin.AddSessionAsync(new AddSessionRequest
            {
                ClassId = created.ClassId, Title = name, Place = "王家坝镇党校", InstructorId = instructorId, StartTime = Timestamp.FromDateTimeOffset(start),
                EndTime = Timestamp.FromDateTimeOffset(start.AddMinutes(20)),
            }));
        }
        await admin.PublishClassAsync(new ClassTransitionRequest { ClassId = created.ClassId });
        var nominated = await admin.NominateAsync(new NominateRequest { ClassId = created.ClassId, UnitId = unitId, CadreIds = { cadres.Select(c => c.CadreId) } });
        foreach (var enrollment in nominated.Enrollments)
        {
            await admin.ConfirmEnrollmentAsync(new ConfirmEnrollmentRequest { EnrollmentId = enrollment.EnrollmentId });
        }
        await admin.StartClassAsync(new ClassTransitionRequest { ClassId = created.ClassId });
        return new TownshipClass(created.ClassId, title, sessions, nominated.Enrollments.ToDictionary(e => e.CadreName, e => e.EnrollmentId));
    }

    /// <summary>Marks everyone present at every session and completes the class, as its school would.</summary>
    public async Task CompleteAsync(PlatformFixture platform)
    {
        var enrollment = new EnrollmentService.EnrollmentServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("wjb.admin")));
        foreach (var session in Sessions)
        {
            await enrollment.RecordAttendanceAsync(new RecordAttendanceRequest
            {
                SessionId = session.SessionId,
                Marks = { EnrollmentIds.Values.Select(id => new AttendanceMark { EnrollmentId = id, Status = AttendanceStatus.Present }) },
            });
        }
        await enrollment.CompleteClassAsync(new ClassTransitionRequest { ClassId = ClassId });
    }

    /// <summary>The completed class's feedback codes, one per trainee, once QualityEvaluation has opened its feedback.</summary>
    public async Task<IReadOnlyList<string>> FeedbackCodesAsync(PlatformFixture platform)
    {
        var desk = new TeachingFeedbackService.TeachingFeedbackServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("wjb.admin")));
        async Task<IReadOnlyList<string>> CodesAsync()
        {
            try
            {
                return [.. (await desk.ListFeedbackTicketsAsync(new ListFeedbackTicketsRequest { ClassId = ClassId })).Tickets.Select(t => t.Code)];
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                return [];
            }
        }
        return await Eventually.Until(CodesAsync, c => c.Count == EnrollmentIds.Count, TimeSpan.FromSeconds(60), $"the feedback codes of class {ClassId}");
    }

    /// <summary>The session's marks as "name=status", by name: what the school would read back.</summary>
    public async Task<string> MarksAsync(PlatformFixture platform, int session)
    {
        var client = new EnrollmentService.EnrollmentServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("wjb.admin")));
        var marks = await client.ListAttendanceAsync(new ListAttendanceRequest { SessionId = Sessions[session].SessionId });
        var names = EnrollmentIds.ToDictionary(e => e.Value, e => e.Key);
        return string.Join(", ", marks.Marks.Select(m => $"{names[m.EnrollmentId]}={m.Status}").Order(StringComparer.Ordinal));
    }

    /// <summary>An account at another 阜南 township (the demo network has one only at 王家坝), made once through the API.</summary>
    public static async Task<string> OtherTownshipManagerAsync(PlatformFixture platform)
    {
        const string userName = "lg.classmanager";
        var county = await platform.IdentityThroughGatewayAsync("fn.admin");
        var township = (await county.ListSchoolsAsync(new ListSchoolsRequest { PageSize = 500 })).Schools
            .First(s => s.Tier == SchoolTier.Township && s.Code != "wjb" && s.Path.StartsWith("fy.fn.", StringComparison.Ordinal));
        try
        {
            await county.CreateAccountAsync(new CreateAccountRequest
            {
                UserName = userName, DisplayName = "邻镇班主任", Password = Tokens.DemoPassword, SchoolId = township.SchoolId, Roles = { Roles.ClassManager },
            });
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.AlreadyExists)
        {
        }
        return userName;
    }
}
