using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Enrollment.Classes;

/// <summary>The owner's side creates and edits a class and moves it through its states (completion credits hours: <see cref="Credits.Completion"/>).</summary>
internal sealed class ClassCommands(EnrollmentDbContext db, TimeProvider clock)
{
    public static readonly Refusal ChangedConcurrently = new("class_changed_concurrently", "班次已被他人修改，请刷新后重试");

    public async Task<Contracts.TrainingClass> CreateAsync(CreateClassRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(ClassAccess.ManagingRoles);
        var errors = new FieldErrors();
        var ownerId = errors.Id(request.OwnerSchoolId, "owner_school_id", "办班学校", required: false);
        var spec = errors.Details(request.Details);
        errors.ThrowIfAny();

        var owner = await db.GetActingSchoolAsync(ownerId, caller, ct);
        await EnsureQuotaUnitsAsync(owner.Path, spec!, ct);
        var training = TrainingClass.Create(owner, spec!, clock.GetUtcNow());
        db.Classes.Add(training);
        await db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
        return await db.ToMessageAsync(training, ct);
    }

    public async Task<Contracts.TrainingClass> UpdateAsync(UpdateClassRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.ClassId, "class_id", "班次");
        errors.When(request.ExpectedVersion < 1, "expected_version", "请提供读取时的版本号");
        var spec = errors.Details(request.Details);
        errors.ThrowIfAny();

        var training = await db.GetRunClassAsync(id, caller, ClassAccess.ManagingRoles, ct);
        if (training.Version != request.ExpectedVersion)
        {
            throw new StateConflictException(ChangedConcurrently.Code, ChangedConcurrently.Message);
        }
        await EnsureQuotaUnitsAsync(training.OwnerPath, spec!, ct);
        training.Change(spec!, clock.GetUtcNow());
        await db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
        return await db.ToMessageAsync(training, ct);
    }

    /// <summary>Publish, close, start or cancel; each refuses a state it does not follow.</summary>
    public async Task<Contracts.TrainingClass> MoveAsync(ClassTransitionRequest request, ClassState target, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.ClassId, "class_id", "班次");
        errors.When(target == ClassState.Cancelled && request.Reason.Trim().Length == 0, "reason", "请填写取消原因")
            .When(request.Reason.Length > 200, "reason", "原因不能超过200个字符").ThrowIfAny();

        var training = await db.GetRunClassAsync(id, caller, ClassAccess.ManagingRoles, ct);
        var now = clock.GetUtcNow();
        training.MoveTo(target, request.Reason.Trim(), now);
        if (target == ClassState.Open)
        {
            db.AddEvent(new ClassPublished(training.Snapshot(), now));
        }
        if (target == ClassState.Cancelled)
        {
            db.AddEvent(new ClassCancelled(training.Snapshot(), training.CancelReason, now));
        }
        await db.SaveOrRefuseAsync(ChangedConcurrently, null, ct);
        return await db.ToMessageAsync(training, ct);
    }

    /// <summary>Quotas go to existing units within the owner's scope: the class is for the owner and the schools below it.</summary>
    private async Task EnsureQuotaUnitsAsync(string ownerPath, ClassSpec spec, CancellationToken ct)
    {
        var ids = spec.Quotas.Select(q => q.UnitId).ToList();
        var found = await db.Units.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.SchoolPath, ct);
        var errors = new FieldErrors();
        for (var i = 0; i < ids.Count; i++)
        {
            errors.When(!found.TryGetValue(ids[i], out var path) || !SchoolPath.IsWithin(path, ownerPath),
                $"details.quotas[{i}].unit_id", "单位不存在，或不在办班学校的管辖范围内");
        }
        errors.ThrowIfAny();
    }
}
