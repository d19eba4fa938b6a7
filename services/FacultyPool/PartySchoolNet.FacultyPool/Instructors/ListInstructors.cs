using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.FacultyPool.Instructors;

/// <summary>The caller's own pool and what other schools share with it, in service, by home school and name.</summary>
internal sealed class ListInstructors(FacultyPoolDbContext db)
{
    public async Task<ListInstructorsResponse> HandleAsync(ListInstructorsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var homeId = errors.Id(request.HomeSchoolId, "home_school_id", "所在学校", required: false);
        errors.When(request.Kinds.Any(k => k == InstructorKind.Unspecified || !Enum.IsDefined(k)), "kinds", "师资类型不正确");
        var page = errors.Page(request.PageSize, request.PageToken, 50, 200);
        errors.ThrowIfAny();

        var instructors = db.Instructors.AsNoTracking().Where(i => !i.Retired);
        if (homeId != Guid.Empty)
        {
            var home = await db.GetSchoolInScopeAsync(homeId, caller, ct);
            instructors = instructors.WhereWithin(home.Path, i => i.HomePath);
        }
        else if (request.OwnOnly)
        {
            instructors = instructors.WhereWithin(caller.ScopePath, i => i.HomePath);
        }
        else
        {
            var sharedWithCaller = SchoolPath.SelfAndAncestors(caller.ScopePath).ToList();
            instructors = instructors.WhereWithinOr(caller.ScopePath, i => i.HomePath, i => sharedWithCaller.Contains(i.SharePath));
        }
        if (request.Kinds.Count > 0)
        {
            var kinds = request.Kinds.ToList();
            instructors = instructors.Where(i => kinds.Contains(i.Kind));
        }
        if (request.Topic.Trim() is { Length: > 0 } topic)
        {
            instructors = instructors.Where(i => i.Topics.Contains(topic));
        }

        var total = await instructors.CountAsync(ct);
        var rows = await instructors.AsSplitQuery()
            .Join(db.Schools, i => i.HomeSchoolId, s => s.Id, (i, s) => new { Instructor = i, HomeName = s.Name, s.Path })
            .OrderBy(x => x.Path).ThenBy(x => x.Instructor.Name).ThenBy(x => x.Instructor.Id)
            .Skip(page.Offset).Take(page.Size).ToListAsync(ct);
        var response = new ListInstructorsResponse { TotalCount = total, NextPageToken = page.NextToken(total) };
        response.Instructors.AddRange(rows.Select(r => r.Instructor.ToMessage(r.HomeName, caller)));
        return response;
    }
}
