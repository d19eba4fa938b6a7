using Grpc.Core;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Reporting.Contracts;
using Shouldly;

namespace PartySchoolNet.Reporting.Tests;

/// <summary>Instructors' teaching and the loans between counties, from FacultyPool's facts through the real broker.</summary>
public sealed class InstructorUseTests(ReportingHost host) : IClassFixture<ReportingHost>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task Teaching_counts_by_instructor_and_kind_loans_by_county_and_a_release_seen_before_its_assignment_still_counts_nothing()
    {
        var (fnTeacher, lqTeacher, cityExpert) = (Instructor("fy.fn", "阜南教师", InstructorKind.PartySchoolTeacher),
            Instructor("fy.lq", "临泉教师", InstructorKind.PartySchoolTeacher), Instructor("fy", "市委专家", InstructorKind.ExternalExpert));
        await host.PublishAsync([.. new[] { fnTeacher, lqTeacher, cityExpert }.Select(i => new InstructorRegistered(i, DateTimeOffset.UtcNow))], "InstructorRegisteredConsumer");
        var taught = new[]
        {
            Slot(fnTeacher, "fy.fn.wjb", 2041, 3, 2), Slot(fnTeacher, "fy.fn", 2041, 3, 3), Slot(fnTeacher, "fy.fn", 2041, 4, 2),
            Slot(lqTeacher, "fy.fn.wjb", 2041, 5, 2.5), Slot(cityExpert, "fy.fn", 2041, 6, 3), Slot(cityExpert, "fy.lq", 2041, 6, 2),
        };
        var cancelled = Slot(lqTeacher, "fy.fn", 2041, 7, 3);
        await host.PublishAsync([new AssignmentReleased(cancelled, "送教取消", DateTimeOffset.UtcNow)], "AssignmentReleasedConsumer");
        await host.PublishAsync([.. taught.Append(cancelled).Select(a => new InstructorAssigned(a, DateTimeOffset.UtcNow))], "InstructorAssignedConsumer");

        var use = await UseAsync("fy.admin", 2041);

        Rows(use).ShouldBe(["阜南教师 3/7 lent 0/0 busiest 2", "市委专家 2/5 lent 2/5 busiest 2", "临泉教师 1/2.5 lent 1/2.5 busiest 1"]);
        use.Kinds.Select(k => $"{k.KindLabel} {k.Instructors} {k.Taught.Sessions}").ShouldBe(["党校教师 2 4", "外聘专家 1 2"]);
        use.Loans.Select(l => $"{l.LenderPath}->{l.BorrowerPath} {l.Taught.Sessions}/{l.Taught.Hours}").ShouldBe(["fy->fy.fn 1/3", "fy->fy.lq 1/2", "fy.lq->fy.fn 1/2.5"]);
    }

    [Fact]
    public async Task A_county_sees_its_own_instructors_and_the_loans_into_or_out_of_it_a_township_none_of_the_countys()
    {
        var (fnTeacher, lqTeacher) = (Instructor("fy.fn", "阜南讲师", InstructorKind.PartySchoolTeacher), Instructor("fy.lq", "临泉讲师", InstructorKind.ModelWorker));
        await host.PublishAsync([new InstructorRegistered(fnTeacher, DateTimeOffset.UtcNow), new InstructorRegistered(lqTeacher, DateTimeOffset.UtcNow)], "InstructorRegisteredConsumer");
        await host.PublishAsync([.. new[] { Slot(fnTeacher, "fy.fn", 2042, 2, 2), Slot(lqTeacher, "fy.fn.wjb", 2042, 2, 3), Slot(lqTeacher, "fy.lq", 2042, 3, 2) }
            .Select(a => new InstructorAssigned(a, DateTimeOffset.UtcNow))], "InstructorAssignedConsumer");

        var county = await UseAsync("fn.admin", 2042);
        var township = await UseAsync("wjb.admin", 2042);
        var otherCounty = await Should.ThrowAsync<RpcException>(async () => await (await host.ClientFor("fn.admin")).GetInstructorUseAsync(
            new GetInstructorUseRequest { FromMonth = "2042-01", ToMonth = "2042-12", SchoolId = (await host.SchoolIdAsync("lq")).ToString() }));

        county.Instructors.Select(i => i.Name).ShouldBe(["阜南讲师"]);
        county.Loans.Select(l => $"{l.LenderName}->{l.BorrowerName} {l.Taught.Sessions}").ShouldBe(["中共临泉县委党校->中共阜南县委党校 1"]);
        township.Instructors.ShouldBeEmpty();
        otherCounty.StatusCode.ShouldBe(StatusCode.PermissionDenied);
    }

    [Fact]
    public async Task An_older_snapshot_arriving_late_does_not_undo_a_rename_and_a_rebuild_gives_the_same_figures()
    {
        var first = Instructor("fy.fn", "旧名", InstructorKind.DepartmentHead);
        var renamed = first with { Name = "新名", Version = first.Version + 1 };
        await host.PublishAsync([new InstructorChanged(renamed, DateTimeOffset.UtcNow)], "InstructorChangedConsumer");
        await host.PublishAsync([new InstructorRegistered(first, DateTimeOffset.UtcNow)], "InstructorRegisteredConsumer");
        await host.PublishAsync([new InstructorAssigned(Slot(first, "fy.fn", 2043, 9, 2), DateTimeOffset.UtcNow)], "InstructorAssignedConsumer");
        var before = await UseAsync("fy.admin", 2043);

        await (await host.ClientFor("fy.admin")).RebuildReportAsync(new RebuildReportRequest { Report = "instructor_use" });

        before.Instructors.Single().Name.ShouldBe("新名");
        (await UseAsync("fy.admin", 2043)).ShouldBe(before);
    }

    [Fact]
    public async Task Ratings_show_as_their_mean_and_a_rating_published_twice_counts_once()
    {
        var teacher = Instructor("fy.fn", "评分教师", InstructorKind.PartySchoolTeacher);
        await host.PublishAsync([new InstructorRegistered(teacher, DateTimeOffset.UtcNow)], "InstructorRegisteredConsumer");
        await host.PublishAsync([new InstructorAssigned(Slot(teacher, "fy.fn", 2045, 3, 2), DateTimeOffset.UtcNow)], "InstructorAssignedConsumer");
        var ratings = new[] { Rating(teacher, 92), Rating(teacher, 81), Rating(teacher, 140) };
        await host.PublishAsync([.. ratings, ratings[0]], "InstructorRatedConsumer");

        var row = (await UseAsync("fy.admin", 2045)).Instructors.Single();

        row.RatingCount.ShouldBe(2);
        row.Rating.ShouldBe(86.5);
    }

    [Fact]
    public async Task Months_across_a_new_year_count_only_their_sessions_and_a_release_after_a_report_shows_in_the_next()
    {
        var teacher = Instructor("fy.ys", "颍上教师", InstructorKind.PartySchoolTeacher);
        await host.PublishAsync([new InstructorRegistered(teacher, DateTimeOffset.UtcNow)], "InstructorRegisteredConsumer");
        var taught = new[] { Slot(teacher, "fy.ys", 2046, 10, 2), Slot(teacher, "fy.ys", 2046, 11, 2), Slot(teacher, "fy.ys", 2046, 12, 3),
            Slot(teacher, "fy.ys", 2046, 12, 3), Slot(teacher, "fy.ys", 2047, 1, 4), Slot(teacher, "fy.ys", 2047, 3, 2) };
        await host.PublishAsync([.. taught.Select(a => new InstructorAssigned(a, DateTimeOffset.UtcNow))], "InstructorAssignedConsumer");
        var winter = new GetInstructorUseRequest { FromMonth = "2046-11", ToMonth = "2047-02", SchoolId = (await host.SchoolIdAsync("ys")).ToString() };
        var city = await host.ClientFor("fy.admin");

        var before = await city.GetInstructorUseAsync(winter);
        await host.PublishAsync([new AssignmentReleased(taught[2], "调课", DateTimeOffset.UtcNow)], "AssignmentReleasedConsumer");
        var after = await city.GetInstructorUseAsync(winter);

        Rows(before).ShouldBe(["颍上教师 4/12 lent 0/0 busiest 2"]);
        Rows(after).ShouldBe(["颍上教师 3/9 lent 0/0 busiest 1"]);
    }

    private static InstructorRated Rating(InstructorSnapshot instructor, double score) =>
        new(Guid.NewGuid(), instructor.InstructorId, score, 40, "class-2045-3", DateTimeOffset.UtcNow);

    private async Task<Contracts.InstructorUse> UseAsync(string userName, int year) =>
        await (await host.ClientFor(userName)).GetInstructorUseAsync(new GetInstructorUseRequest { FromMonth = $"{year}-01", ToMonth = $"{year}-12" });

    private static List<string> Rows(Contracts.InstructorUse use) =>
        [.. use.Instructors.Select(i => $"{i.Name} {i.Taught.Sessions}/{i.Taught.Hours} lent {i.Lent.Sessions}/{i.Lent.Hours} busiest {i.BusiestMonthSessions}")];

    private static InstructorSnapshot Instructor(string homePath, string name, InstructorKind kind) => new()
    {
        InstructorId = Guid.NewGuid(), HomeSchoolId = Guid.NewGuid(), HomeSchoolPath = homePath, Name = name, Kind = kind, Topics = ["乡村振兴"],
        SharedWith = SharingScope.City, MonthlyLoadLimit = 8, Retired = false, Version = 1,
    };

    private static AssignmentSnapshot Slot(InstructorSnapshot instructor, string requestingPath, int year, int month, double hours)
    {
        var start = new DateTimeOffset(year, month, 10, 9, 0, 0, China);
        return new AssignmentSnapshot
        {
            AssignmentId = Guid.NewGuid(), InstructorId = instructor.InstructorId, HomeSchoolPath = instructor.HomeSchoolPath,
            RequestingSchoolId = Guid.NewGuid(), RequestingSchoolPath = requestingPath, StartsAt = start, EndsAt = start.AddHours(hours),
            PlaceName = "党校报告厅", AudienceSize = 50, ReferenceId = "",
        };
    }
}
