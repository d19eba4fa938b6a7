using Grpc.Core;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.FacultyPool.Tests.FacultyPoolHost;

namespace PartySchoolNet.FacultyPool.Tests;

/// <summary>Every operation × caller × instructor (own / county-shared / another county's own / another county's city-shared).</summary>
public sealed class TenancyMatrixTests(TenancyWorld world) : IClassFixture<TenancyWorld>
{
    private const StatusCode Ok = StatusCode.OK, Denied = StatusCode.PermissionDenied, Invalid = StatusCode.InvalidArgument;
    private static readonly string[] Targets = ["wjb-own", "fn-county", "yz-own", "yz-city"];

    private static readonly (string Operation, string User, StatusCode[] Expected)[] Matrix =
    [
        ("get", "fy.admin", [Ok, Ok, Ok, Ok]),
        ("get", "fn.admin", [Ok, Ok, Denied, Ok]),
        ("get", "fn.dispatcher", [Ok, Ok, Denied, Ok]),
        ("get", "wjb.admin", [Ok, Ok, Denied, Ok]),
        ("update", "fy.admin", [Ok, Ok, Ok, Ok]),
        ("update", "fn.admin", [Ok, Ok, Denied, Denied]),
        ("update", "fn.dispatcher", [Denied, Denied, Denied, Denied]),
        ("update", "wjb.admin", [Ok, Denied, Denied, Denied]),
        // Direct assignment, for the caller's own school: the home side only, and only where the instructor is shared with that school.
        ("assign", "fy.admin", [Denied, Denied, Denied, Ok]),
        ("assign", "fn.admin", [Denied, Ok, Denied, Denied]),
        ("assign", "fn.dispatcher", [Denied, Ok, Denied, Denied]),
        ("assign", "wjb.admin", [Ok, Denied, Denied, Denied]),
        // Asking to borrow, for the caller's own school: whatever is shared with it, never its own.
        ("lend", "fy.admin", [Denied, Denied, Denied, Ok]),
        ("lend", "fn.admin", [Denied, Invalid, Denied, Ok]),
        ("lend", "fn.dispatcher", [Denied, Invalid, Denied, Ok]),
        ("lend", "wjb.admin", [Invalid, Ok, Denied, Ok]),
        ("list", "fy.admin", [Ok, Ok, Ok, Ok]),
        ("list", "fn.admin", [Ok, Ok, Denied, Ok]),
        ("list", "wjb.admin", [Ok, Ok, Denied, Ok]),
        ("match", "fy.admin", [Denied, Denied, Denied, Ok]),
        ("match", "fn.dispatcher", [Denied, Ok, Denied, Ok]),
        ("match", "wjb.admin", [Ok, Ok, Denied, Ok]),
    ];

    public static TheoryData<string, string, string, StatusCode> Cases() => TenancyMatrix.Cases(Matrix, Targets);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Caller_reaches_exactly_the_instructors_its_scope_keeps_or_is_shared(string operation, string user, string target, StatusCode expected)
    {
        var client = await world.Host.ClientFor(user);
        var instructor = world.Instructors[target];
        var outcome = operation switch
        {
            "list" => await FoundAsync(client.ListInstructorsAsync(new ListInstructorsRequest { Topic = TenancyWorld.Topic }).ResponseAsync, r => r.Instructors.Select(i => i.InstructorId), instructor),
            "match" => await FoundAsync(client.MatchInstructorsAsync(MatchRequest()).ResponseAsync, r => r.Candidates.Select(c => c.Instructor.InstructorId), instructor),
            _ => await TenancyMatrix.StatusOf(Act(client, operation, instructor)),
        };
        outcome.ShouldBe(expected, $"{user} {operation} {target}");
    }

    private Task Act(FacultyPoolService.FacultyPoolServiceClient client, string operation, Instructor instructor)
    {
        var day = world.Host.FreshMonday();
        return operation switch
        {
            "get" => client.GetInstructorAsync(new GetInstructorRequest { InstructorId = instructor.InstructorId }).ResponseAsync,
            "update" => UpdateAsync(client, instructor),
            "assign" => client.AssignInstructorAsync(Assign(instructor, Slot(At(day, 9), At(day, 10)))).ResponseAsync,
            "lend" => client.RequestLendingAsync(new RequestLendingRequest { InstructorId = instructor.InstructorId, Slot = Slot(At(day, 9), At(day, 10)) }).ResponseAsync,
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
    }

    private MatchInstructorsRequest MatchRequest()
    {
        var day = world.Host.FreshMonday();
        return new MatchInstructorsRequest { Topic = TenancyWorld.Topic, StartTime = At(day, 14), EndTime = At(day, 15), AudienceSize = 30, PageSize = 100 };
    }

    private async Task UpdateAsync(FacultyPoolService.FacultyPoolServiceClient client, Instructor instructor)
    {
        var current = await (await world.Host.ClientFor("fy.admin")).GetInstructorAsync(new GetInstructorRequest { InstructorId = instructor.InstructorId });
        var details = current.Details.Clone();
        details.Bio += "（已更新）";
        await client.UpdateInstructorAsync(new UpdateInstructorRequest { InstructorId = instructor.InstructorId, ExpectedVersion = current.Version, Details = details });
    }

    /// <summary>Lists and matching never refuse; an instructor outside the caller's reach simply is not among the results.</summary>
    private static async Task<StatusCode> FoundAsync<T>(Task<T> call, Func<T, IEnumerable<string>> ids, Instructor instructor) =>
        ids(await call).Contains(instructor.InstructorId) ? Ok : Denied;

    [Fact]
    public async Task Another_county_sees_a_city_shared_instructor_without_the_contact_and_cannot_change_it()
    {
        var fn = await world.Host.ClientFor("fn.admin");
        var shared = await fn.GetInstructorAsync(new GetInstructorRequest { InstructorId = world.Instructors["yz-city"].InstructorId });
        var own = await fn.GetInstructorAsync(new GetInstructorRequest { InstructorId = world.Instructors["fn-county"].InstructorId });

        shared.ManagedByCaller.ShouldBeFalse();
        shared.Details.Contact.ShouldBeEmpty();
        own.ManagedByCaller.ShouldBeTrue();
        own.Details.Contact.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Another_county_s_assignment_is_invisible_and_cannot_be_released_by_a_township()
    {
        var city = await world.Host.ClientFor("fy.admin");
        var day = world.Host.FreshMonday();
        var forYz = Assign(world.Instructors["yz-city"], Slot(At(day, 16), At(day, 17)));
        forYz.RequestingSchoolId = (await world.Host.SchoolIdAsync("yz")).ToString();
        var assignment = await city.AssignInstructorAsync(forYz);
        var (wjb, fn) = (await world.Host.ClientFor("wjb.admin"), await world.Host.ClientFor("fn.admin"));

        await wjb.GetAssignmentAsync(new GetAssignmentRequest { AssignmentId = assignment.AssignmentId }).ShouldFailWith(StatusCode.PermissionDenied);
        await fn.ReleaseAssignmentAsync(new ReleaseAssignmentRequest { AssignmentId = assignment.AssignmentId, Reason = "越权取消" }).ShouldFailWith(StatusCode.PermissionDenied);
        (await fn.ListAssignmentsAsync(new ListAssignmentsRequest { InstructorId = assignment.InstructorId })).Assignments.ShouldNotContain(a => a.AssignmentId == assignment.AssignmentId);
        (await city.ListAssignmentsAsync(new ListAssignmentsRequest { InstructorId = assignment.InstructorId })).Assignments.ShouldContain(a => a.AssignmentId == assignment.AssignmentId);
    }

    [Fact]
    public async Task Registering_an_instructor_is_for_admins_over_the_home_school()
    {
        var (fn, wjb, dispatcher) = (await world.Host.ClientFor("fn.admin"), await world.Host.ClientFor("wjb.admin"), await world.Host.ClientFor("fn.dispatcher"));
        RegisterInstructorRequest For(string homeId, string name) => new() { HomeSchoolId = homeId, Details = Details(name) };
        var (wjbId, yzId, fnId) = ((await world.Host.SchoolIdAsync("wjb")).ToString(), (await world.Host.SchoolIdAsync("yz")).ToString(), (await world.Host.SchoolIdAsync("fn")).ToString());

        (await fn.RegisterInstructorAsync(For(wjbId, "县为乡镇登记教师"))).HomeSchoolName.ShouldBe("王家坝镇党校");
        await fn.RegisterInstructorAsync(For(yzId, "跨县登记教师")).ShouldFailWith(StatusCode.PermissionDenied);
        await wjb.RegisterInstructorAsync(For(fnId, "乡镇为县登记教师")).ShouldFailWith(StatusCode.PermissionDenied);
        await dispatcher.RegisterInstructorAsync(For(fnId, "调度员登记教师")).ShouldFailWith(StatusCode.PermissionDenied);
    }
}
