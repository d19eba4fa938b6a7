using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartySchoolNet.Persistence;
using PartySchoolNet.QualityEvaluation.Feedback;

namespace PartySchoolNet.QualityEvaluation.Data;

internal sealed class FeedbackFormConfiguration : IEntityTypeConfiguration<FeedbackForm>
{
    public void Configure(EntityTypeBuilder<FeedbackForm> form)
    {
        form.ToTable("feedback_forms");
        form.HasKey(f => f.ClassId);
        form.Property(f => f.ClassId).ValueGeneratedNever();
        form.Property(f => f.OwnerSchoolPath).HasMaxLength(200);
        form.Property(f => f.ClassTitle).HasMaxLength(200);
        form.Property(f => f.Questions).AsJson();
        form.Property(f => f.Sessions).AsJson();
        form.Property(f => f.RowVersion).IsRowVersion();
        form.HasIndex(f => f.OwnerSchoolPath).HasOperators("text_pattern_ops");
        form.HasIndex(f => f.ClosesAt).HasFilter("closed_at IS NULL");
    }
}

internal sealed class FeedbackTicketConfiguration : IEntityTypeConfiguration<FeedbackTicket>
{
    public void Configure(EntityTypeBuilder<FeedbackTicket> ticket)
    {
        ticket.ToTable("feedback_tickets");
        ticket.HasKey(t => t.Code);
        ticket.Property(t => t.Code).HasMaxLength(OneTimeCode.Length);
        ticket.HasIndex(t => t.ClassId);
        ticket.HasOne<FeedbackForm>().WithMany().HasForeignKey(t => t.ClassId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FeedbackResponseConfiguration : IEntityTypeConfiguration<FeedbackResponse>
{
    public void Configure(EntityTypeBuilder<FeedbackResponse> response)
    {
        response.ToTable("feedback_responses");
        response.Property(r => r.Id).ValueGeneratedNever();
        response.Property(r => r.Answers).AsJson();
        response.HasIndex(r => r.ClassId);
        response.HasOne<FeedbackForm>().WithMany().HasForeignKey(r => r.ClassId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FeedbackQuestionnaireConfiguration : IEntityTypeConfiguration<FeedbackQuestionnaire>
{
    public void Configure(EntityTypeBuilder<FeedbackQuestionnaire> questionnaire)
    {
        questionnaire.ToTable("feedback_questionnaires");
        questionnaire.HasKey(q => q.SchoolId);
        questionnaire.Property(q => q.SchoolId).ValueGeneratedNever();
        questionnaire.Property(q => q.Questions).AsJson();
        questionnaire.Property(q => q.UpdatedBy).HasMaxLength(100);
    }
}

internal sealed class InstructorNameConfiguration : IEntityTypeConfiguration<InstructorName>
{
    public void Configure(EntityTypeBuilder<InstructorName> name)
    {
        name.ToTable("instructor_names");
        name.HasKey(n => n.InstructorId);
        name.Property(n => n.InstructorId).ValueGeneratedNever();
        name.Property(n => n.Name).HasMaxLength(50);
    }
}
