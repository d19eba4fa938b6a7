using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.ServiceDefaults.Tenancy;
using Direction = PartySchoolNet.FacultyPool.Contracts.ListLendingRequestsRequest.Types.Direction;

namespace PartySchoolNet.FacultyPool.Lending;

/// <summary>Requests for the caller's instructors (incoming) and requests its schools made (outgoing), newest first.</summary>
internal sealed class ListLendingRequests(FacultyPoolDbContext db)
{
    public async Task<ListLendingRequestsResponse> HandleAsync(ListLendingRequestsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.When(!Enum.IsDefined(request.Direction), "direction", "方向不正确");
        var page = errors.Page(request.PageSize, request.PageToken, 50, 200);
        errors.ThrowIfAny();

        var query = db.LendingRequests.AsNoTracking();
        query = request.Direction switch
        {
            Direction.Incoming => query.WhereWithin(caller.ScopePath, l => l.HomePath),
            Direction.Outgoing => query.WhereWithin(caller.ScopePath, l => l.RequestingPath),
            _ => query.WhereWithin(caller.ScopePath, l => l.HomePath, l => l.RequestingPath),
        };
        if (request.Statuses.Count > 0)
        {
            var statuses = request.Statuses.ToList();
            query = query.Where(l => statuses.Contains(l.Status));
        }
        var total = await query.CountAsync(ct);
        var rows = await query
            .Join(db.Instructors, l => l.InstructorId, i => i.Id, (l, i) => new { Lending = l, InstructorName = i.Name })
            .OrderByDescending(x => x.Lending.RequestedAt).ThenBy(x => x.Lending.Id).Skip(page.Offset).Take(page.Size)
            .ToListAsync(ct);
        var schoolIds = rows.SelectMany(r => new[] { r.Lending.HomeSchoolId, r.Lending.RequestingSchoolId }).Distinct().ToList();
        var names = await db.Schools.Where(s => schoolIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var response = new ListLendingRequestsResponse { TotalCount = total, NextPageToken = page.NextToken(total) };
        response.LendingRequests.AddRange(rows.Select(r => r.Lending.ToMessage(
            r.InstructorName, names.GetValueOrDefault(r.Lending.HomeSchoolId, ""), names.GetValueOrDefault(r.Lending.RequestingSchoolId, ""))));
        return response;
    }
}
