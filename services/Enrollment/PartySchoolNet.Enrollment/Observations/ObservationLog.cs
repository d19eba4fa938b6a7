using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Enrollment.Selection;

namespace PartySchoolNet.Enrollment.Observations;

/// <summary>Class managers record what they observe of a trainee; the owner's side and the trainee's own school read it.</summary>
internal sealed class ObservationLog(EnrollmentDbContext db, TimeProvider clock)
{
    public async Task<Observation> AddAsync(AddObservationRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.When(!Labels.IsKnown(request.RecorderRole), "recorder_role", "请选择记录人角色（班主任、支部书记、班长或班委）")
            .When(!Labels.IsKnown(request.Aspect), "aspect", "请选择考察方面（学习情况、思想动态或性格特点）")
            .When(request.Content.Trim().Length is < 5 or > 2000, "content", "记录内容须为5至2000个字符");
        var observedOn = errors.Day(request.ObservedOn, "observed_on");
        var participant = await db.GetParticipantAsync(request.EnrollmentId, ct, errors);
        var training = await db.GetRunClassAsync(participant.ClassId, caller, ClassAccess.KeepingRoles, ct);
        participant.EnsureConfirmed();
        training.EnsureIn("记录纪实考察", ClassState.Closed, ClassState.InProgress, ClassState.Completed);
        new FieldErrors().When(observedOn < training.StartDate || observedOn > training.EndDate, "observed_on",
            $"考察日期须在培训期内（{training.StartDate:yyyy-MM-dd}至{training.EndDate:yyyy-MM-dd}）").ThrowIfAny();

        var record = ObservationRecord.Write(participant, request.RecorderRole, request.Aspect, request.Content.Trim(), observedOn!.Value, caller, clock.GetUtcNow());
        db.Observations.Add(record);
        await db.SaveChangesAsync(ct);
        return record.ToMessage();
    }

    public async Task<ListObservationsResponse> ListAsync(ListObservationsRequest request, Caller caller, CancellationToken ct)
    {
        var participant = await db.GetParticipantAsync(request.EnrollmentId, ct);
        await db.GetClassOfAsync(participant, caller, ct);
        var records = await db.Observations.AsNoTracking().Where(o => o.ParticipantId == participant.Id)
            .OrderBy(o => o.ObservedOn).ThenBy(o => o.RecordedAt).ToListAsync(ct);
        var response = new ListObservationsResponse();
        response.Observations.AddRange(records.Select(r => r.ToMessage()));
        return response;
    }
}
