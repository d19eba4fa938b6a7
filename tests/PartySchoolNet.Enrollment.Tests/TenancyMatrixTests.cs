using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Enrollment.Tests;

/// <summary>Every operation × caller × class (王家坝's, 阜南's, 颍州's, 阜南's draft).</summary>
public sealed class TenancyMatrixTests(TenancyWorld world) : IClassFixture<TenancyWorld>
{
    private const StatusCode Ok = StatusCode.OK, Denied = StatusCode.PermissionDenied, Refused = StatusCode.FailedPrecondition;
    private static readonly string[] Targets = ["wjb", "fn", "yz", "fn-draft"];

    private static readonly (string Operation, string User, StatusCode[] Expected)[] Matrix =
    [
        // Reading: the owner's side, and schools below the owner once published.
        ("get", "fy.admin", [Ok, Ok, Ok, Ok]),
        ("get", "fn.admin", [Ok, Ok, Denied, Ok]),
        ("get", "fn.classmanager", [Ok, Ok, Denied, Ok]),
        ("get", "wjb.admin", [Ok, Ok, Denied, Denied]),
        ("list", "fy.admin", [Ok, Ok, Ok, Ok]),
        ("list", "fn.admin", [Ok, Ok, Denied, Ok]),
        ("list", "wjb.admin", [Ok, Ok, Denied, Denied]),
        ("enrollments", "fn.admin", [Ok, Ok, Denied, Ok]),
        ("enrollments", "wjb.admin", [Ok, Ok, Denied, Denied]),
        // Running: the owner's side only; class managers keep sessions but cannot move a class.
        ("session", "fy.admin", [Ok, Ok, Ok, Ok]),
        ("session", "fn.admin", [Ok, Ok, Denied, Ok]),
        ("session", "fn.classmanager", [Ok, Ok, Denied, Ok]),
        ("session", "wjb.admin", [Ok, Denied, Denied, Denied]),
        // Editing under a stale version: the owner's side is refused by the version, everyone else by tenancy or role.
        ("update", "fy.admin", [Refused, Refused, Refused, Refused]),
        ("update", "fn.admin", [Refused, Refused, Denied, Refused]),
        ("update", "fn.classmanager", [Denied, Denied, Denied, Denied]),
        ("update", "wjb.admin", [Refused, Denied, Denied, Denied]),
        // Nominating a 王家坝 cadre: to classes whose owner covers 王家坝, once published.
        ("nominate", "fy.admin", [Ok, Ok, Denied, Refused]),
        ("nominate", "fn.admin", [Ok, Ok, Denied, Refused]),
        ("nominate", "wjb.admin", [Ok, Ok, Denied, Denied]),
        ("nominate", "fn.classmanager", [Denied, Denied, Denied, Denied]),
    ];

    public static TheoryData<string, string, string, StatusCode> Cases() => TenancyMatrix.Cases(Matrix, Targets);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Caller_reaches_exactly_the_classes_its_scope_runs_or_is_meant_for(string operation, string user, string target, StatusCode expected)
    {
        var client = await world.Host.ClientFor(user);
        var training = world.Classes[target];
        var outcome = operation == "list"
            ? (await client.ListClassesAsync(new ListClassesRequest { PageSize = 200 })).Classes.Any(c => c.ClassId == training.ClassId) ? Ok : Denied
            : await TenancyMatrix.StatusOf(Act(client, operation, training));
        outcome.ShouldBe(expected, $"{user} {operation} {target}");
    }

    private Task Act(EnrollmentService.EnrollmentServiceClient client, string operation, TrainingClass training) => operation switch
    {
        "get" => client.GetClassAsync(new GetClassRequest { ClassId = training.ClassId }).ResponseAsync,
        "enrollments" => client.ListEnrollmentsAsync(new ListEnrollmentsRequest { ClassId = training.ClassId }).ResponseAsync,
        "session" => client.AddSessionAsync(Session(training)).ResponseAsync,
        "update" => client.UpdateClassAsync(new UpdateClassRequest { ClassId = training.ClassId, ExpectedVersion = 1, Details = training.Details }).ResponseAsync,
        "nominate" => client.NominateAsync(new NominateRequest { ClassId = training.ClassId, UnitId = world.Cadres[0].UnitId, CadreIds = { world.NextCadre().CadreId } }).ResponseAsync,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private AddSessionRequest Session(TrainingClass training)
    {
        var start = new DateTimeOffset(DateOnly.Parse(training.Details.StartDate, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(8))
            .AddMinutes(30 * world.NextSlot());
        return new AddSessionRequest { ClassId = training.ClassId, Title = "矩阵课次", StartTime = Timestamp.FromDateTimeOffset(start), EndTime = Timestamp.FromDateTimeOffset(start.AddMinutes(20)) };
    }
}
