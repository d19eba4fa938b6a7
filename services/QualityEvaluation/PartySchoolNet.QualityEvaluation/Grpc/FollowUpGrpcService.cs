using Grpc.Core;
using PartySchoolNet.QualityEvaluation.FollowUps;

namespace PartySchoolNet.QualityEvaluation.Grpc;

internal sealed class FollowUpGrpcService(IServiceProvider services) : FollowUpService.FollowUpServiceBase
{
    private FollowUpDesk Desk => services.GetRequiredService<FollowUpDesk>();

    public override Task<ListFollowUpsResponse> ListFollowUps(ListFollowUpsRequest request, ServerCallContext context) =>
        Desk.ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.FollowUp> RecordFollowUp(RecordFollowUpRequest request, ServerCallContext context) =>
        Desk.RecordAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<FollowUpSummary> GetFollowUpSummary(GetFollowUpSummaryRequest request, ServerCallContext context) =>
        Desk.SummaryAsync(request, context.GetCaller(), context.CancellationToken);
}
