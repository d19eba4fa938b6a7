using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartySchoolNet.Persistence;
using PartySchoolNet.QualityEvaluation.Feedback;
using PartySchoolNet.QualityEvaluation.Surveys;

namespace PartySchoolNet.QualityEvaluation.Data;

internal sealed class NeedsSurveyConfiguration : IEntityTypeConfiguration<NeedsSurvey>
{
    public void Configure(EntityTypeBuilder<NeedsSurvey> survey)
    {
        survey.ToTable("needs_surveys");
        survey.Property(s => s.Id).ValueGeneratedNever();
        survey.Property(s => s.OwnerSchoolPath).HasMaxLength(200);
        survey.Property(s => s.Title).HasMaxLength(100);
        survey.Property(s => s.Questions).AsJson();
        survey.Property(s => s.Groups).AsJson();
        survey.Property(s => s.RowVersion).IsRowVersion();
        survey.HasIndex(s => s.OwnerSchoolPath).HasOperators("text_pattern_ops");
    }
}

internal sealed class SurveyTicketConfiguration : IEntityTypeConfiguration<SurveyTicket>
{
    public void Configure(EntityTypeBuilder<SurveyTicket> ticket)
    {
        ticket.ToTable("survey_tickets");
        ticket.HasKey(t => t.Code);
        ticket.Property(t => t.Code).HasMaxLength(OneTimeCode.Length);
        ticket.HasIndex(t => t.SurveyId);
        ticket.HasOne<NeedsSurvey>().WithMany().HasForeignKey(t => t.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> response)
    {
        response.ToTable("survey_responses");
        response.Property(r => r.Id).ValueGeneratedNever();
        response.Property(r => r.Group).HasMaxLength(30);
        response.Property(r => r.Answers).AsJson();
        response.HasIndex(r => r.SurveyId);
        response.HasOne<NeedsSurvey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}
