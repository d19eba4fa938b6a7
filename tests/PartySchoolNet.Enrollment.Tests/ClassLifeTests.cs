using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.Enrollment.Tests.EnrollmentHost;

namespace PartySchoolNet.Enrollment.Tests;

/// <summary>A township class from draft to completion: selection, sessions, leave, attendance, credit hours, the ledger.</summary>
public sealed class ClassLifeTests(EnrollmentHost host) : IClassFixture<EnrollmentHost>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly string[] Nominees = ["资深书记", "两委委员", "新任书记"];

    [Fact]
    public async Task A_completed_class_credits_its_hours_only_to_trainees_whose_leave_stayed_within_a_seventh()
    {
        var unit = host.Unique("王家坝镇西田坡村");
        var cadres = await host.ImportAsync("wjb.admin", "wjb",
            [new(unit, "全勤学员", "村两委成员"), new(unit, "请假学员", "村两委成员"), new(unit, "迟到学员", "村两委成员")]);
        var admin = await host.ClientFor("wjb.admin");
        var manager = await host.ClientFor("wjb.classmanager");
        var details = Details(host.Unique("村两委成员履职能力培训"), capacity: 10, daysFromToday: -3, days: 3);
        details.CreditHours = 8;
        var draft = await admin.CreateClassAsync(new CreateClassRequest { Details = details });
        var start = DateOnly.Parse(details.StartDate, System.Globalization.CultureInfo.InvariantCulture);
        var sessions = new List<Session>();
        for (var day = 0; day < 3; day++)
        {
            sessions.Add(await manager.AddSessionAsync(new AddSessionRequest
            {
                ClassId = draft.ClassId, Title = $"履职能力第{day + 1}讲", Place = "王家坝镇新时代文明实践所",
                StartTime = At(start.AddDays(day), 9), EndTime = At(start.AddDays(day), 12),
            }));
        }
        var nomination = new NominateRequest { ClassId = draft.ClassId, UnitId = cadres["全勤学员"].UnitId };
        nomination.CadreIds.AddRange(cadres.Values.Select(c => c.CadreId));
        (await admin.NominateAsync(nomination).ShouldFailWith(StatusCode.FailedPrecondition)).GetRpcStatus()!.GetDetail<ErrorInfo>().Reason.ShouldBe("class_state_conflict");

        await admin.PublishClassAsync(new ClassTransitionRequest { ClassId = draft.ClassId });
        var trainees = (await admin.NominateAsync(nomination)).Enrollments.ToDictionary(e => e.CadreName);
        foreach (var trainee in trainees.Values)
        {
            (await admin.ConfirmEnrollmentAsync(new ConfirmEnrollmentRequest { EnrollmentId = trainee.EnrollmentId })).Status.ShouldBe(EnrollmentStatus.Confirmed);
        }
        await admin.StartClassAsync(new ClassTransitionRequest { ClassId = draft.ClassId });
        var leave = await manager.RequestLeaveAsync(new RequestLeaveRequest { EnrollmentId = trainees["请假学员"].EnrollmentId, SessionIds = { sessions[0].SessionId }, Reason = "防汛值守" });
        (await manager.DecideLeaveAsync(new DecideLeaveRequest { LeaveRequestId = leave.LeaveRequestId, Approve = true })).State.ShouldBe(LeaveState.Approved);
        await Mark(manager, sessions[0], (trainees["全勤学员"], AttendanceStatus.Present), (trainees["迟到学员"], AttendanceStatus.Late));
        await Mark(manager, sessions[1], [.. trainees.Values.Select(t => (t, AttendanceStatus.Present))]);
        await Mark(manager, sessions[2], (trainees["全勤学员"], AttendanceStatus.Present), (trainees["请假学员"], AttendanceStatus.Present));
        (await admin.CompleteClassAsync(new ClassTransitionRequest { ClassId = draft.ClassId }).ShouldFailWith(StatusCode.FailedPrecondition))
            .GetRpcStatus()!.GetDetail<ErrorInfo>().Reason.ShouldBe("attendance_incomplete");
        await Mark(manager, sessions[2], (trainees["迟到学员"], AttendanceStatus.Present));
        var marked = (await admin.ListAttendanceAsync(new ListAttendanceRequest { SessionId = sessions[0].SessionId })).Marks.ToDictionary(m => m.EnrollmentId, m => m.Status);
        marked.Count.ShouldBe(3);
        marked[trainees["全勤学员"].EnrollmentId].ShouldBe(AttendanceStatus.Present);
        marked[trainees["请假学员"].EnrollmentId].ShouldBe(AttendanceStatus.Leave);
        marked[trainees["迟到学员"].EnrollmentId].ShouldBe(AttendanceStatus.Late);

        var completed = await admin.CompleteClassAsync(new ClassTransitionRequest { ClassId = draft.ClassId });

        completed.State.ShouldBe(ClassState.Completed);
        var credited = (await admin.ListEnrollmentsAsync(new ListEnrollmentsRequest { ClassId = draft.ClassId })).Enrollments.ToDictionary(e => e.CadreName, e => e.CreditedHours);
        credited.ShouldBe(new Dictionary<string, double> { ["全勤学员"] = 8, ["请假学员"] = 0, ["迟到学员"] = 8 }, ignoreOrder: true);
        var ledger = await admin.GetCreditLedgerAsync(new GetCreditLedgerRequest { CadreId = cadres["迟到学员"].CadreId, Year = start.AddDays(2).Year });
        (ledger.EarnedHours, ledger.RequiredHours).ShouldBe((8, 32));
        ledger.Entries.Single().ClassTitle.ShouldBe(details.Title);
        (await host.CountAsync("outbox_messages", $"payload->'class'->>'classId' = '{draft.ClassId}' AND message_type LIKE '%ClassCompleted%' AND jsonb_array_length(payload->'trainees') = 3")).ShouldBe(1);
        await Mark(manager, sessions[2], (trainees["请假学员"], AttendanceStatus.Absent)).ShouldFailWith(StatusCode.FailedPrecondition);
    }

    [Fact]
    public async Task Each_transition_refuses_the_states_it_does_not_follow_and_cancelling_needs_a_reason()
    {
        var admin = await host.ClientFor("fn.admin");
        var draft = await admin.CreateClassAsync(new CreateClassRequest { Details = Details(host.Unique("状态机测试班")) });
        var id = new ClassTransitionRequest { ClassId = draft.ClassId };

        await admin.CompleteClassAsync(id).ShouldFailWith(StatusCode.FailedPrecondition);
        await admin.CloseClassAsync(id).ShouldFailWith(StatusCode.FailedPrecondition);
        await admin.StartClassAsync(id).ShouldFailWith(StatusCode.FailedPrecondition);
        (await admin.PublishClassAsync(id)).State.ShouldBe(ClassState.Open);
        await admin.PublishClassAsync(id).ShouldFailWith(StatusCode.FailedPrecondition);
        (await admin.CloseClassAsync(id)).State.ShouldBe(ClassState.Closed);
        (await admin.CancelClassAsync(id).ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["reason"]);
        (await admin.CancelClassAsync(new ClassTransitionRequest { ClassId = draft.ClassId, Reason = "防汛任务冲突" })).State.ShouldBe(ClassState.Cancelled);
        await admin.StartClassAsync(id).ShouldFailWith(StatusCode.FailedPrecondition);
        (await host.CountAsync("outbox_messages", $"payload->'class'->>'classId' = '{draft.ClassId}'")).ShouldBe(2);
    }

    [Fact]
    public async Task A_nomination_outside_the_criteria_is_refused_naming_each_misfit_and_nothing_is_stored()
    {
        var unit = host.Unique("郜台村");
        var cadres = await host.ImportAsync("wjb.admin", "wjb",
            [new(unit, "资深书记", "村党组织书记", 8, true), new(unit, "两委委员", "村两委成员", 8), new(unit, "新任书记", "村党组织书记", 1, true)]);
        var details = Details(host.Unique("村党组织书记示范培训班"));
        details.Criteria = new TargetCriteria { PositionLevels = { PositionLevel.VillageSecretary }, MinYearsOfService = 3 };
        var training = await host.OpenClassAsync("fn.admin", "fn", details);
        var request = new NominateRequest { ClassId = training.ClassId, UnitId = cadres["资深书记"].UnitId };
        request.CadreIds.AddRange(Nominees.Select(n => cadres[n].CadreId));

        var refusal = await (await host.ClientFor("wjb.admin")).NominateAsync(request).ShouldFailWith(StatusCode.InvalidArgument);

        refusal.FieldViolations().ShouldBe(["cadre_ids[1]", "cadre_ids[2]"]);
        refusal.Status.Detail.ShouldContain("两委委员的职级为村两委成员");
        (await host.CountAsync("participants", $"class_id = '{training.ClassId}'")).ShouldBe(0);
    }

    [Fact]
    public async Task Training_in_the_same_category_within_the_window_is_flagged_with_the_earlier_class()
    {
        var unit = host.Unique("县农业农村局");
        var cadres = await host.ImportAsync("fn.admin", "fn", [new(unit, "反复参训干部"), new(unit, "首次参训干部")]);
        var admin = await host.ClientFor("fn.admin");
        var earlier = await host.OpenClassAsync("fn.admin", "fn", Details(host.Unique("乡村振兴实务培训班"), daysFromToday: -200));
        var first = (await admin.NominateAsync(new NominateRequest { ClassId = earlier.ClassId, UnitId = cadres["反复参训干部"].UnitId, CadreIds = { cadres["反复参训干部"].CadreId } })).Enrollments[0];
        await admin.ConfirmEnrollmentAsync(new ConfirmEnrollmentRequest { EnrollmentId = first.EnrollmentId });
        var later = await host.OpenClassAsync("fn.admin", "fn", Details(host.Unique("年轻干部能力提升培训班"), daysFromToday: 20));
        var theory = Details(host.Unique("理论轮训班"), daysFromToday: 20);
        theory.Category = ClassCategory.Theory;
        var otherCategory = await host.OpenClassAsync("fn.admin", "fn", theory);

        var nominated = (await admin.NominateAsync(new NominateRequest
        {
            ClassId = later.ClassId, UnitId = cadres["反复参训干部"].UnitId, CadreIds = { cadres["反复参训干部"].CadreId, cadres["首次参训干部"].CadreId },
        })).Enrollments.ToDictionary(e => e.CadreName);
        var elsewhere = (await admin.NominateAsync(new NominateRequest { ClassId = otherCategory.ClassId, UnitId = cadres["反复参训干部"].UnitId, CadreIds = { cadres["反复参训干部"].CadreId } })).Enrollments[0];

        (nominated["反复参训干部"].RepeatTraining, nominated["反复参训干部"].PreviousClassTitle).ShouldBe((true, earlier.Details.Title));
        nominated["首次参训干部"].RepeatTraining.ShouldBeFalse();
        elsewhere.RepeatTraining.ShouldBeFalse();
    }

    [Fact]
    public async Task Observation_records_are_signed_and_read_only_by_the_class_owner_and_the_trainees_own_school()
    {
        var unit = host.Unique("县委组织部");
        var cadres = await host.ImportAsync("fn.admin", "fn", [new(unit, "纪实考察对象", "乡科级副职", 6)]);
        var training = await host.OpenClassAsync("fy.admin", "fy", Details(host.Unique("市级重点培训班"), daysFromToday: -1));
        var city = await host.ClientFor("fy.admin");
        var trainee = (await (await host.ClientFor("fn.admin")).NominateAsync(new NominateRequest { ClassId = training.ClassId, UnitId = cadres["纪实考察对象"].UnitId, CadreIds = { cadres["纪实考察对象"].CadreId } })).Enrollments[0];
        await city.ConfirmEnrollmentAsync(new ConfirmEnrollmentRequest { EnrollmentId = trainee.EnrollmentId });
        await city.StartClassAsync(new ClassTransitionRequest { ClassId = training.ClassId });

        var record = await (await host.ClientFor("fy.classmanager")).AddObservationAsync(new AddObservationRequest
        {
            EnrollmentId = trainee.EnrollmentId, RecorderRole = RecorderRole.HeadTeacher, Aspect = ObservationAspect.Thinking,
            Content = "研讨发言紧扣乡村振兴实际，思想积极", ObservedOn = training.Details.StartDate,
        });

        record.RecordedBy.ShouldNotBeEmpty();
        foreach (var reader in new[] { "fy.admin", "fn.admin" })
        {
            (await (await host.ClientFor(reader)).ListObservationsAsync(new ListObservationsRequest { EnrollmentId = trainee.EnrollmentId })).Observations.Single().Content.ShouldBe(record.Content);
        }
        await (await host.ClientFor("wjb.admin")).ListObservationsAsync(new ListObservationsRequest { EnrollmentId = trainee.EnrollmentId }).ShouldFailWith(StatusCode.PermissionDenied);
        await (await host.ClientFor("fn.classmanager")).AddObservationAsync(new AddObservationRequest
        {
            EnrollmentId = trainee.EnrollmentId, RecorderRole = RecorderRole.Monitor, Aspect = ObservationAspect.Learning, Content = "不是本班的班委", ObservedOn = training.Details.StartDate,
        }).ShouldFailWith(StatusCode.PermissionDenied);
    }

    private static Timestamp At(DateOnly day, int hour) => Timestamp.FromDateTimeOffset(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), China));

    private static AsyncUnaryCall<RecordAttendanceResponse> Mark(EnrollmentService.EnrollmentServiceClient client, Session session, params (Contracts.Enrollment Trainee, AttendanceStatus Status)[] marks)
    {
        var request = new RecordAttendanceRequest { SessionId = session.SessionId };
        request.Marks.AddRange(marks.Select(m => new AttendanceMark { EnrollmentId = m.Trainee.EnrollmentId, Status = m.Status }));
        return client.RecordAttendanceAsync(request);
    }
}
