using Microsoft.EntityFrameworkCore;
using PartySchoolNet.QualityEvaluation.Campaigns;
using PartySchoolNet.QualityEvaluation.Evaluators;
using PartySchoolNet.QualityEvaluation.Feedback;
using PartySchoolNet.QualityEvaluation.Results;
using PartySchoolNet.QualityEvaluation.Scoring;
using PartySchoolNet.QualityEvaluation.SelfAssessments;
using PartySchoolNet.QualityEvaluation.Surveys;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.QualityEvaluation.Data;

public sealed class QualityEvaluationDbContext(DbContextOptions<QualityEvaluationDbContext> options) : DomainDbContext(options)
{
    public DbSet<SchoolReplica> Schools => Set<SchoolReplica>();
    public DbSet<Evaluator> Evaluators => Set<Evaluator>();
    public DbSet<IndicatorSystem> IndicatorSystems => Set<IndicatorSystem>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignTarget> Targets => Set<CampaignTarget>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<CampaignHistory> History => Set<CampaignHistory>();
    public DbSet<SelfAssessment> SelfAssessments => Set<SelfAssessment>();
    public DbSet<EvidenceFile> Evidence => Set<EvidenceFile>();
    public DbSet<Score> Scores => Set<Score>();
    public DbSet<ScoreChange> ScoreChanges => Set<ScoreChange>();
    public DbSet<SchoolResult> Results => Set<SchoolResult>();
    public DbSet<Rectification> Rectifications => Set<Rectification>();
    public DbSet<FeedbackForm> FeedbackForms => Set<FeedbackForm>();
    public DbSet<FeedbackTicket> FeedbackTickets => Set<FeedbackTicket>();
    public DbSet<FeedbackResponse> FeedbackResponses => Set<FeedbackResponse>();
    public DbSet<FeedbackQuestionnaire> FeedbackQuestionnaires => Set<FeedbackQuestionnaire>();
    public DbSet<InstructorName> InstructorNames => Set<InstructorName>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<NeedsSurvey> Surveys => Set<NeedsSurvey>();
    public DbSet<SurveyTicket> SurveyTickets => Set<SurveyTicket>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(QualityEvaluationDbContext).Assembly);
    }
}
