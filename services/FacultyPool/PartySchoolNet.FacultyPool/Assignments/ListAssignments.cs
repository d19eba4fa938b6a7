using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.FacultyPool.Assignments;

/// <summary>Assignments of the caller's instructors and assignments made for its schools, in time order.</summary>
internal sealed class ListAssignments(FacultyPoolDbContext db)
{
    public async Task<ListAssignmentsResponse> HandleAsync(ListAssignmentsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var instructorId = errors.Id(request.InstructorId, "instructor_id", "教师", required: false);
        var requesterId = errors.Id(request.RequestingSchoolId, "requesting_school_id", "用课学校", required: false);
        var (from, until) = request.From is null && request.Until is null ? (null, null) : errors.Range(request.From, request.Until, "from", "until");
        var page = errors.Page(request.PageSize, request.PageToken, 100, 500);
        errors.ThrowIfAny();

        var query = db.Assignments.AsNoTracking().WhereWithin(caller.ScopePath, a => a.HomePath, a => a.RequestingPath);
        if (instructorId != Guid.Empty)
        {
            query = query.Where(a => a.InstructorId == instructorId);
        }
        if (requesterId != Guid.Empty)
        {
            query = query.Where(a => a.RequestingSchoolId == requesterId);
        }
        if (from is { } start && until is { } end)
        {
            query = query.Where(a => a.StartsAt < end && a.EndsAt > start);
        }
        if (request.Statuses.Count > 0)
        {
            var statuses = request.Statuses.ToList();
            query = query.Where(a => statuses.Contains(a.Status));
        }

        var total = await query.CountAsync(ct);
        var rows = await query
            .Join(db.Instructors, a => a.InstructorId, i => i.Id, (a, i) => new { Assignment = a, InstructorName = i.Name, i.HomeSchoolId })
            .Join(db.Schools, x => x.Assignment.RequestingSchoolId, s => s.Id, (x, s) => new { x.Assignment, x.InstructorName, x.HomeSchoolId, RequesterName = s.Name })
            .OrderBy(x => x.Assignment.StartsAt).ThenBy(x => x.Assignment.Id).Skip(page.Offset).Take(page.Size)
            .ToListAsync(ct);
        var response = new ListAssignmentsResponse { TotalCount = total, NextPageToken = page.NextToken(total) };
        response.Assignments.AddRange(rows.Select(r => r.Assignment.ToMessage(r.InstructorName, r.HomeSchoolId, r.RequesterName)));
        return response;
    }
}
