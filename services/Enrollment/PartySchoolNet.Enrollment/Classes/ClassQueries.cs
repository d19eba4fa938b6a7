using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Enrollment.Classes;

internal sealed class ClassQueries(EnrollmentDbContext db)
{
    public async Task<Contracts.TrainingClass> GetAsync(GetClassRequest request, Caller caller, CancellationToken ct)
    {
        var id = new FieldErrors().ClassId(request.ClassId);
        var view = await db.Views(db.Classes.Where(c => c.Id == id)).FirstOrDefaultAsync(ct) ?? throw ClassAccess.NotFound();
        caller.EnsureCanRead(view.Class);
        return (await db.ToMessagesAsync([view], ct))[0];
    }

    /// <summary>The classes the caller's scope runs and, unless own only, the published classes of the schools above it, newest first.</summary>
    public async Task<ListClassesResponse> ListAsync(ListClassesRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var ownerId = errors.Id(request.OwnerSchoolId, "owner_school_id", "办班学校", required: false);
        errors.When(request.States.Any(s => !Labels.IsKnown(s)), "states", "班次状态不正确")
            .When(!Enum.IsDefined(request.Mode), "mode", "培训方式不正确")
            .When(!Enum.IsDefined(request.Category), "category", "培训类别不正确");
        var page = errors.Page(request.PageSize, request.PageToken, 50, 200);
        errors.ThrowIfAny();

        var classes = db.Classes.AsNoTracking();
        var above = request.OwnOnly ? [] : SchoolPath.SelfAndAncestors(caller.ScopePath).SkipLast(1).ToList();
        if (ownerId != Guid.Empty)
        {
            var owner = await db.GetKnownSchoolAsync(ownerId, ct, "办班学校");
            if (!caller.CanSee(owner.Path) && !SchoolPath.IsWithin(caller.ScopePath, owner.Path))
            {
                throw new ForbiddenException("无权查看该学校的班次");
            }
            var published = !caller.CanSee(owner.Path);
            classes = classes.Where(c => c.OwnerSchoolId == ownerId && (!published || c.State != ClassState.Draft));
        }
        else
        {
            classes = classes.WhereWithinOr(caller.ScopePath, c => c.OwnerPath, c => above.Contains(c.OwnerPath) && c.State != ClassState.Draft);
        }
        if (request.States.Count > 0)
        {
            var states = request.States.ToList();
            classes = classes.Where(c => states.Contains(c.State));
        }
        if (request.Mode != ClassMode.Unspecified)
        {
            classes = classes.Where(c => c.Mode == request.Mode);
        }
        if (request.Category != ClassCategory.Unspecified)
        {
            classes = classes.Where(c => c.Category == request.Category);
        }
        var total = await classes.CountAsync(ct);
        var rows = await db.Views(classes.OrderByDescending(c => c.StartDate).ThenBy(c => c.Id).Skip(page.Offset).Take(page.Size)).ToListAsync(ct);
        var response = new ListClassesResponse { TotalCount = total, NextPageToken = page.NextToken(total) };
        response.Classes.AddRange(await db.ToMessagesAsync(rows, ct));
        return response;
    }
}
