using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using PartySchoolNet.QualityEvaluation.Feedback;

namespace PartySchoolNet.QualityEvaluation.Grpc;

/// <summary>Teaching feedback for the schools' staff (a token, within scope).</summary>
internal sealed class TeachingFeedbackGrpcService(IServiceProvider services) : TeachingFeedbackService.TeachingFeedbackServiceBase
{
    private ClassFeedback Feedback => services.GetRequiredService<ClassFeedback>();

    public override Task<ListFeedbackTicketsResponse> ListFeedbackTickets(ListFeedbackTicketsRequest request, ServerCallContext context) =>
        Feedback.ListTicketsAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.FeedbackResults> GetFeedbackResults(GetFeedbackResultsRequest request, ServerCallContext context) =>
        Feedback.GetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.FeedbackQuestionnaire> GetFeedbackQuestionnaire(GetFeedbackQuestionnaireRequest request, ServerCallContext context) =>
        services.GetRequiredService<Questionnaires>().GetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.FeedbackQuestionnaire> SetFeedbackQuestionnaire(SetFeedbackQuestionnaireRequest request, ServerCallContext context) =>
        services.GetRequiredService<Questionnaires>().SetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.FeedbackResults> CloseFeedback(CloseFeedbackRequest request, ServerCallContext context) =>
        Feedback.CloseAsync(request, context.GetCaller(), context.CancellationToken);
}

/// <summary>The questionnaire behind a feedback code, for trainees, who have no accounts: the code is the only key.</summary>
[AllowAnonymous]
internal sealed class FeedbackFormGrpcService(IServiceProvider services) : FeedbackFormService.FeedbackFormServiceBase
{
    private FeedbackForms Forms => services.GetRequiredService<FeedbackForms>();

    public override Task<Contracts.FeedbackForm> GetFeedbackForm(GetFeedbackFormRequest request, ServerCallContext context) =>
        Forms.GetAsync(request, context.CancellationToken);

    public override Task<SubmitFeedbackResponse> SubmitFeedback(SubmitFeedbackRequest request, ServerCallContext context) =>
        Forms.SubmitAsync(request, context.CancellationToken);
}
