using Grpc.Core;
using PartySchoolNet.QualityEvaluation.Campaigns;
using PartySchoolNet.QualityEvaluation.Indicators;
using PartySchoolNet.QualityEvaluation.Rectifications;
using PartySchoolNet.QualityEvaluation.Results;
using PartySchoolNet.QualityEvaluation.Scoring;
using PartySchoolNet.QualityEvaluation.SelfAssessments;

namespace PartySchoolNet.QualityEvaluation.Grpc;

/// <summary>Maps the gRPC API onto the use cases; refusals become statuses in the shared interceptor.</summary>
internal sealed class QualityEvaluationGrpcService(IServiceProvider services) : QualityEvaluationService.QualityEvaluationServiceBase
{
    private T Use<T>() where T : notnull => services.GetRequiredService<T>();

    public override Task<Contracts.IndicatorSystem> CreateIndicatorSystem(CreateIndicatorSystemRequest request, ServerCallContext context) =>
        Use<IndicatorCommands>().CreateAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.IndicatorSystem> UpdateIndicatorSystem(UpdateIndicatorSystemRequest request, ServerCallContext context) =>
        Use<IndicatorCommands>().ChangeAsync(request, newVersion: false, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.IndicatorSystem> ReviseIndicatorSystem(UpdateIndicatorSystemRequest request, ServerCallContext context) =>
        Use<IndicatorCommands>().ChangeAsync(request, newVersion: true, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.IndicatorSystem> GetIndicatorSystem(GetIndicatorSystemRequest request, ServerCallContext context) =>
        Use<IndicatorQueries>().GetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListIndicatorSystemsResponse> ListIndicatorSystems(ListIndicatorSystemsRequest request, ServerCallContext context) =>
        Use<IndicatorQueries>().ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Campaign> CreateCampaign(CreateCampaignRequest request, ServerCallContext context) =>
        Use<CampaignCommands>().CreateAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Campaign> GetCampaign(GetCampaignRequest request, ServerCallContext context) =>
        Use<CampaignQueries>().GetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListCampaignsResponse> ListCampaigns(ListCampaignsRequest request, ServerCallContext context) =>
        Use<CampaignQueries>().ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<AssignEvaluatorsResponse> AssignEvaluators(AssignEvaluatorsRequest request, ServerCallContext context) =>
        Use<CampaignCommands>().AssignAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListAssignmentsResponse> ListAssignments(ListAssignmentsRequest request, ServerCallContext context) =>
        Use<CampaignQueries>().ListAssignmentsAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Campaign> OpenSelfAssessment(CampaignTransitionRequest request, ServerCallContext context) =>
        Use<CampaignCommands>().MoveAsync(request, CampaignPhase.SelfAssessment, reopening: false, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Campaign> StartReview(CampaignTransitionRequest request, ServerCallContext context) =>
        Use<CampaignCommands>().MoveAsync(request, CampaignPhase.Review, reopening: false, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Campaign> FinalizeCampaign(CampaignTransitionRequest request, ServerCallContext context) =>
        Use<Finalization>().FinalizeAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Campaign> ReopenCampaign(CampaignTransitionRequest request, ServerCallContext context) =>
        Use<CampaignCommands>().MoveAsync(request, CampaignPhase.Review, reopening: true, context.GetCaller(), context.CancellationToken);

    public override Task<ListCampaignProgressResponse> ListCampaignProgress(ListCampaignProgressRequest request, ServerCallContext context) =>
        Use<CampaignProgress>().ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListCampaignHistoryResponse> ListCampaignHistory(ListCampaignHistoryRequest request, ServerCallContext context) =>
        Use<CampaignQueries>().HistoryAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.SelfAssessment> SaveSelfAssessment(SaveSelfAssessmentRequest request, ServerCallContext context) =>
        Use<SelfAssessmentForms>().SaveAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.EvidenceFile> UploadEvidence(UploadEvidenceRequest request, ServerCallContext context) =>
        Use<Evidence>().UploadAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<EvidenceContent> GetEvidence(GetEvidenceRequest request, ServerCallContext context) =>
        Use<Evidence>().GetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.SelfAssessment> SubmitSelfAssessment(SubmitSelfAssessmentRequest request, ServerCallContext context) =>
        Use<SelfAssessmentForms>().SubmitAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.SelfAssessment> GetSelfAssessment(GetSelfAssessmentRequest request, ServerCallContext context) =>
        Use<SelfAssessmentForms>().GetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ScoreSheet> ScoreSchool(ScoreSchoolRequest request, ServerCallContext context) =>
        Use<ScoreSheets>().ScoreAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ScoreSheet> GetScoreSheet(GetScoreSheetRequest request, ServerCallContext context) =>
        Use<ScoreSheets>().GetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListScoreChangesResponse> ListScoreChanges(ListScoreChangesRequest request, ServerCallContext context) =>
        Use<ScoreSheets>().ChangesAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListResultsResponse> ListResults(ListResultsRequest request, ServerCallContext context) =>
        Use<ResultQueries>().ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.SchoolResult> GetSchoolResult(GetSchoolResultRequest request, ServerCallContext context) =>
        Use<ResultQueries>().GetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListRectificationsResponse> ListRectifications(ListRectificationsRequest request, ServerCallContext context) =>
        Use<RectificationFollowUp>().ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Rectification> ReportRectification(ReportRectificationRequest request, ServerCallContext context) =>
        Use<RectificationFollowUp>().ReportAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Rectification> CloseRectification(CloseRectificationRequest request, ServerCallContext context) =>
        Use<RectificationFollowUp>().CloseAsync(request, context.GetCaller(), context.CancellationToken);
}
