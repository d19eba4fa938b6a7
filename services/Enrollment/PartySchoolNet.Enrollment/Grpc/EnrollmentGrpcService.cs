using Grpc.Core;
using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Credits;
using PartySchoolNet.Enrollment.Observations;
using PartySchoolNet.Enrollment.Roster;
using PartySchoolNet.Enrollment.Selection;
using PartySchoolNet.Enrollment.Teaching;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Enrollment.Grpc;

/// <summary>Maps the gRPC API onto the use cases; refusals become statuses in the shared interceptor.</summary>
internal sealed class EnrollmentGrpcService(IServiceProvider services) : EnrollmentService.EnrollmentServiceBase
{
    private T Use<T>() where T : notnull => services.GetRequiredService<T>();

    public override Task<Unit> CreateUnit(CreateUnitRequest request, ServerCallContext context) =>
        Use<RosterCommands>().CreateUnitAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListUnitsResponse> ListUnits(ListUnitsRequest request, ServerCallContext context) =>
        Use<RosterQueries>().ListUnitsAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Cadre> RegisterCadre(RegisterCadreRequest request, ServerCallContext context) =>
        Use<RosterCommands>().RegisterCadreAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Cadre> GetCadre(GetCadreRequest request, ServerCallContext context) =>
        Use<RosterCommands>().GetCadreAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListCadresResponse> ListCadres(ListCadresRequest request, ServerCallContext context) =>
        Use<RosterQueries>().ListCadresAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ImportRosterResponse> ImportRoster(ImportRosterRequest request, ServerCallContext context) =>
        Use<RosterImport>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.TrainingClass> CreateClass(CreateClassRequest request, ServerCallContext context) =>
        Use<ClassCommands>().CreateAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.TrainingClass> UpdateClass(UpdateClassRequest request, ServerCallContext context) =>
        Use<ClassCommands>().UpdateAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.TrainingClass> GetClass(GetClassRequest request, ServerCallContext context) =>
        Use<ClassQueries>().GetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListClassesResponse> ListClasses(ListClassesRequest request, ServerCallContext context) =>
        Use<ClassQueries>().ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.TrainingClass> PublishClass(ClassTransitionRequest request, ServerCallContext context) =>
        Use<ClassCommands>().MoveAsync(request, ClassState.Open, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.TrainingClass> CloseClass(ClassTransitionRequest request, ServerCallContext context) =>
        Use<ClassCommands>().MoveAsync(request, ClassState.Closed, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.TrainingClass> StartClass(ClassTransitionRequest request, ServerCallContext context) =>
        Use<ClassCommands>().MoveAsync(request, ClassState.InProgress, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.TrainingClass> CompleteClass(ClassTransitionRequest request, ServerCallContext context) =>
        Use<Completion>().CompleteAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.TrainingClass> CancelClass(ClassTransitionRequest request, ServerCallContext context) =>
        Use<ClassCommands>().MoveAsync(request, ClassState.Cancelled, context.GetCaller(), context.CancellationToken);

    public override Task<NominateResponse> Nominate(NominateRequest request, ServerCallContext context) =>
        Use<Nominate>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Enrollment> ConfirmEnrollment(ConfirmEnrollmentRequest request, ServerCallContext context) =>
        Use<Seats>().ConfirmAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Enrollment> WithdrawEnrollment(WithdrawEnrollmentRequest request, ServerCallContext context) =>
        Use<Seats>().WithdrawAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Enrollment> SelectCourse(SelectCourseRequest request, ServerCallContext context) =>
        Use<Seats>().SelectAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListEnrollmentsResponse> ListEnrollments(ListEnrollmentsRequest request, ServerCallContext context) =>
        Use<ListEnrollments>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Session> AddSession(AddSessionRequest request, ServerCallContext context) =>
        Use<Sessions>().AddAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListSessionsResponse> ListSessions(ListSessionsRequest request, ServerCallContext context) =>
        Use<Sessions>().ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<RecordAttendanceResponse> RecordAttendance(RecordAttendanceRequest request, ServerCallContext context) =>
        Use<AttendanceBook>().RecordAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListAttendanceResponse> ListAttendance(ListAttendanceRequest request, ServerCallContext context) =>
        Use<AttendanceBook>().ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<LeaveRequest> RequestLeave(RequestLeaveRequest request, ServerCallContext context) =>
        Use<Leave>().RequestAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<LeaveRequest> DecideLeave(DecideLeaveRequest request, ServerCallContext context) =>
        Use<Leave>().DecideAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListLeaveRequestsResponse> ListLeaveRequests(ListLeaveRequestsRequest request, ServerCallContext context) =>
        Use<Leave>().ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<CreditLedger> GetCreditLedger(GetCreditLedgerRequest request, ServerCallContext context) =>
        Use<CreditLedgers>().GetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListUnitCreditsResponse> ListUnitCredits(ListUnitCreditsRequest request, ServerCallContext context) =>
        Use<CreditLedgers>().ListForUnitAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Observation> AddObservation(AddObservationRequest request, ServerCallContext context) =>
        Use<ObservationLog>().AddAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListObservationsResponse> ListObservations(ListObservationsRequest request, ServerCallContext context) =>
        Use<ObservationLog>().ListAsync(request, context.GetCaller(), context.CancellationToken);
}
