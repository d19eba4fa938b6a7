using PartySchoolNet.QualityEvaluation;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.QualityEvaluation.Exports;
using PartySchoolNet.QualityEvaluation.Grpc;
using PartySchoolNet.ServiceKit;

var builder = WebApplication.CreateBuilder(args);
builder.AddQualityEvaluationService();

var app = builder.Build();
await app.RunDomainServiceAsync<QualityEvaluationDbContext>(map =>
{
    map.MapGrpcService<QualityEvaluationGrpcService>();
    map.MapGrpcService<TeachingFeedbackGrpcService>();
    map.MapGrpcService<FeedbackFormGrpcService>();
    map.MapGrpcService<FollowUpGrpcService>();
    map.MapGrpcService<NeedsSurveyGrpcService>();
    map.MapGrpcService<SurveyFormGrpcService>();
    map.MapQuestionnaireExports();
});
