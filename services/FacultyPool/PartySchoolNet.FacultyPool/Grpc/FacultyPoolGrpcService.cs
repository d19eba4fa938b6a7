using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Assignments;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.FacultyPool.Instructors;
using PartySchoolNet.FacultyPool.Lending;
using PartySchoolNet.FacultyPool.Matching;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.FacultyPool.Grpc;

/// <summary>Maps the gRPC API onto the use cases; refusals become statuses in the shared interceptor.</summary>
internal sealed class FacultyPoolGrpcService(IServiceProvider services) : FacultyPoolService.FacultyPoolServiceBase
{
    private T Use<T>() where T : notnull => services.GetRequiredService<T>();

    public override async Task<Vocabulary> GetVocabulary(GetVocabularyRequest request, ServerCallContext context) =>
        InstructorVocabulary.ToMessage(await Use<FacultyPoolDbContext>().Topics.AsNoTracking().OrderBy(t => t.Name).ToListAsync(context.CancellationToken));

    public override Task<Contracts.Topic> DefineTopic(DefineTopicRequest request, ServerCallContext context) =>
        Use<DefineTopic>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Instructor> RegisterInstructor(RegisterInstructorRequest request, ServerCallContext context) =>
        Use<RegisterInstructor>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Instructor> UpdateInstructor(UpdateInstructorRequest request, ServerCallContext context) =>
        Use<UpdateInstructor>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Instructor> GetInstructor(GetInstructorRequest request, ServerCallContext context) =>
        Use<GetInstructor>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListInstructorsResponse> ListInstructors(ListInstructorsRequest request, ServerCallContext context) =>
        Use<ListInstructors>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Assignment> AssignInstructor(AssignInstructorRequest request, ServerCallContext context) =>
        Use<AssignInstructor>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Assignment> GetAssignment(GetAssignmentRequest request, ServerCallContext context) =>
        Use<GetAssignment>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListAssignmentsResponse> ListAssignments(ListAssignmentsRequest request, ServerCallContext context) =>
        Use<ListAssignments>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Assignment> ReleaseAssignment(ReleaseAssignmentRequest request, ServerCallContext context) =>
        Use<ReleaseAssignment>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.LendingRequest> RequestLending(RequestLendingRequest request, ServerCallContext context) =>
        Use<RequestLending>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.LendingRequest> GetLendingRequest(GetLendingRequestRequest request, ServerCallContext context) =>
        Use<GetLendingRequest>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListLendingRequestsResponse> ListLendingRequests(ListLendingRequestsRequest request, ServerCallContext context) =>
        Use<ListLendingRequests>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.LendingRequest> ApproveLending(ApproveLendingRequest request, ServerCallContext context) =>
        Use<LendingDecisions>().ApproveAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.LendingRequest> DeclineLending(DeclineLendingRequest request, ServerCallContext context) =>
        Use<LendingDecisions>().DeclineAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.LendingRequest> CancelLending(CancelLendingRequest request, ServerCallContext context) =>
        Use<LendingDecisions>().CancelAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<MatchInstructorsResponse> MatchInstructors(MatchInstructorsRequest request, ServerCallContext context) =>
        Use<MatchInstructors>().HandleAsync(request, context.GetCaller(), context.CancellationToken);
}
