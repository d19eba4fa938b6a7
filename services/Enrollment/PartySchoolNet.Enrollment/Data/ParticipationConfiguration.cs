using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartySchoolNet.Enrollment.Credits;
using PartySchoolNet.Enrollment.Observations;
using PartySchoolNet.Enrollment.Selection;
using PartySchoolNet.Enrollment.Teaching;

namespace PartySchoolNet.Enrollment.Data;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> participant)
    {
        participant.ToTable("participants");
        participant.Property(p => p.CreditedHours).HasPrecision(6, 1);
        participant.HasIndex(p => new { p.ClassId, p.CadreId }).IsUnique();
        participant.HasIndex(p => new { p.ClassId, p.Status, p.WaitlistTicket });
        participant.HasIndex(p => p.CadreId);
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<ClassSession>
{
    public void Configure(EntityTypeBuilder<ClassSession> session)
    {
        session.ToTable("class_sessions");
        session.Property(s => s.Hours).HasPrecision(5, 1);
        session.HasIndex(s => new { s.ClassId, s.StartsAt });
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> attendance)
    {
        attendance.ToTable("attendance");
        attendance.HasKey(a => new { a.SessionId, a.ParticipantId });
    }
}

internal sealed class LeaveConfiguration : IEntityTypeConfiguration<LeaveApplication>
{
    public void Configure(EntityTypeBuilder<LeaveApplication> leave)
    {
        leave.ToTable("leave_applications");
        leave.Property(l => l.Version).IsRowVersion();
        leave.HasIndex(l => l.ClassId);
    }
}

internal sealed class CreditConfiguration : IEntityTypeConfiguration<CreditRecord>
{
    public void Configure(EntityTypeBuilder<CreditRecord> credit)
    {
        credit.ToTable("credit_records");
        credit.HasKey(c => new { c.CadreId, c.ClassId });
        credit.Property(c => c.Hours).HasPrecision(6, 1);
        credit.HasIndex(c => new { c.CadreId, c.Year });
    }
}

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<ObservationRecord>
{
    public void Configure(EntityTypeBuilder<ObservationRecord> observation)
    {
        observation.ToTable("observation_records");
        observation.HasIndex(o => o.ParticipantId);
    }
}
