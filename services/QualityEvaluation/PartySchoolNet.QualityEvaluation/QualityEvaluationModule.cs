using Grpc.AspNetCore.Server;
using PartySchoolNet.QualityEvaluation.Campaigns;
using PartySchoolNet.QualityEvaluation.Data;
using PartySchoolNet.QualityEvaluation.Evaluators;
using PartySchoolNet.QualityEvaluation.Feedback;
using PartySchoolNet.QualityEvaluation.FollowUps;
using PartySchoolNet.QualityEvaluation.Indicators;
using PartySchoolNet.QualityEvaluation.Rectifications;
using PartySchoolNet.QualityEvaluation.Results;
using PartySchoolNet.QualityEvaluation.Scoring;
using PartySchoolNet.QualityEvaluation.Seeding;
using PartySchoolNet.QualityEvaluation.SelfAssessments;
using PartySchoolNet.QualityEvaluation.Surveys;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults;

namespace PartySchoolNet.QualityEvaluation;

internal static class QualityEvaluationModule
{
    public static WebApplicationBuilder AddQualityEvaluationService(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("QualityEvaluation");
        builder.AddDomainService<QualityEvaluationDbContext>(PlatformServices.QualityEvaluation.Name, bus =>
        {
            bus.AddConsumer<TemplateSeeder>();
            bus.AddConsumer<EvaluatorReplicaConsumer>();
            bus.AddConsumer<EvaluatorChangeConsumer>();
            bus.AddConsumer<FeedbackOpening>();
            bus.AddConsumer<FollowUpPlanning>();
            bus.AddConsumer<InstructorRegisteredNames>();
            bus.AddConsumer<InstructorChangedNames>();
        });
        builder.Services.Configure<QualityEvaluationOptions>(section);
        var maxEvidence = section.GetValue(nameof(QualityEvaluationOptions.MaxEvidenceBytes), new QualityEvaluationOptions().MaxEvidenceBytes);
        builder.Services.Configure<GrpcServiceOptions>(o => o.MaxReceiveMessageSize = maxEvidence + (1024 * 1024));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IndicatorCommands>();
        builder.Services.AddScoped<IndicatorQueries>();
        builder.Services.AddScoped<CampaignCommands>();
        builder.Services.AddScoped<CampaignQueries>();
        builder.Services.AddScoped<CampaignProgress>();
        builder.Services.AddScoped<SelfAssessmentForms>();
        builder.Services.AddScoped<Evidence>();
        builder.Services.AddScoped<ScoreSheets>();
        builder.Services.AddScoped<Finalization>();
        builder.Services.AddScoped<ResultQueries>();
        builder.Services.AddScoped<RectificationFollowUp>();
        builder.Services.AddScoped<FeedbackForms>();
        builder.Services.AddScoped<FeedbackClosing>();
        builder.Services.AddScoped<ClassFeedback>();
        builder.Services.AddScoped<Questionnaires>();
        builder.Services.AddHostedService<FeedbackCloser>();
        builder.Services.AddScoped<FollowUpDesk>();
        builder.Services.AddScoped<SurveyDesk>();
        builder.Services.AddScoped<SurveyForms>();
        if (section.GetValue<bool>("SeedDemoCampaigns"))
        {
            builder.Services.AddHostedService<DemoCampaigns>();
        }
        return builder;
    }
}
