using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using PartySchoolNet.QualityEvaluation.Surveys;

namespace PartySchoolNet.QualityEvaluation.Grpc;

internal sealed class NeedsSurveyGrpcService(IServiceProvider services) : NeedsSurveyService.NeedsSurveyServiceBase
{
    private SurveyDesk Desk => services.GetRequiredService<SurveyDesk>();

    public override Task<Survey> CreateSurvey(CreateSurveyRequest request, ServerCallContext context) =>
        Desk.CreateAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListSurveysResponse> ListSurveys(ListSurveysRequest request, ServerCallContext context) =>
        Desk.ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListFeedbackTicketsResponse> ListSurveyTickets(ListSurveyTicketsRequest request, ServerCallContext context) =>
        Desk.TicketsAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Survey> CloseSurvey(CloseSurveyRequest request, ServerCallContext context) =>
        Desk.CloseAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<SurveyTallies> GetSurveyTallies(GetSurveyTalliesRequest request, ServerCallContext context) =>
        Desk.TalliesAsync(request, context.GetCaller(), context.CancellationToken);
}

/// <summary>The questionnaire behind a survey code, for respondents without accounts.</summary>
[AllowAnonymous]
internal sealed class SurveyFormGrpcService(IServiceProvider services) : SurveyFormService.SurveyFormServiceBase
{
    private SurveyForms Forms => services.GetRequiredService<SurveyForms>();

    public override Task<SurveyForm> GetSurveyForm(GetFeedbackFormRequest request, ServerCallContext context) =>
        Forms.GetAsync(request, context.CancellationToken);

    public override Task<SubmitSurveyResponse> SubmitSurvey(SubmitSurveyRequest request, ServerCallContext context) =>
        Forms.SubmitAsync(request, context.CancellationToken);
}
