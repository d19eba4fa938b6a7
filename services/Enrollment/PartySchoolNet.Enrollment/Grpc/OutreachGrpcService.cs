using Grpc.Core;
using PartySchoolNet.Enrollment.Outreach;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Enrollment.Grpc;

/// <summary>Maps the 送教下基层 API onto its use cases; refusals become statuses in the shared interceptor.</summary>
internal sealed class OutreachGrpcService(IServiceProvider services) : OutreachService.OutreachServiceBase
{
    private T Use<T>() where T : notnull => services.GetRequiredService<T>();

    public override Task<Contracts.OutreachRequest> RequestOutreach(RequestOutreachRequest request, ServerCallContext context) =>
        Use<OutreachCommands>().RequestAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.OutreachRequest> GetOutreachRequest(GetOutreachRequestRequest request, ServerCallContext context) =>
        Use<OutreachQueries>().GetAsync(request.OutreachRequestId, context.GetCaller(), context.CancellationToken);

    public override Task<ListOutreachRequestsResponse> ListOutreachRequests(ListOutreachRequestsRequest request, ServerCallContext context) =>
        Use<OutreachQueries>().ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.OutreachRequest> AmendOutreachRequest(AmendOutreachRequestRequest request, ServerCallContext context) =>
        Use<OutreachCommands>().AmendAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.OutreachRequest> WithdrawOutreachRequest(WithdrawOutreachRequestRequest request, ServerCallContext context) =>
        Use<OutreachCommands>().WithdrawAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.OutreachRequest> ApproveOutreachRequest(ApproveOutreachRequestRequest request, ServerCallContext context) =>
        Use<OutreachApproval>().ApproveAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.OutreachRequest> DeclineOutreachRequest(DeclineOutreachRequestRequest request, ServerCallContext context) =>
        Use<OutreachCommands>().DeclineAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.OutreachRequest> ConfirmOutreachDelivery(ConfirmOutreachDeliveryRequest request, ServerCallContext context) =>
        Use<OutreachCommands>().ConfirmDeliveryAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.OutreachLeadTimes> GetOutreachLeadTimes(GetOutreachLeadTimesRequest request, ServerCallContext context) =>
        Use<LeadTimeReport>().GetAsync(request, context.GetCaller(), context.CancellationToken);
}
