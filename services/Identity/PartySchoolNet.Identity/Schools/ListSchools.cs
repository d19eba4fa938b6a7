using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Identity.Schools;

/// <summary>The schools within the caller's scope, in tree order (by path), a page at a time.</summary>
internal sealed class ListSchools(IdentityDbContext db)
{
    public const int MaxPageSize = 1000;

    public async Task<ListSchoolsResponse> HandleAsync(ListSchoolsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var underId = errors.Id(request.UnderSchoolId, "under_school_id", "上级学校", required: false);
        errors.When(request.PageSize is < 0 or > MaxPageSize, "page_size", $"每页数量须在1至{MaxPageSize}之间")
            .ThrowIfAny();

        var scope = underId == Guid.Empty ? caller.ScopePath : (await db.GetVisibleSchoolAsync(underId, caller, ct)).Path;
        var query = db.Schools.AsNoTracking().WhereWithin(scope, s => s.Path);
        if (request.Tier != SchoolTier.Unspecified)
        {
            query = query.Where(s => s.Tier == request.Tier);
        }
        var pageSize = request.PageSize == 0 ? 200 : request.PageSize;
        var page = await query
            .Where(s => request.PageToken == "" || s.Path.CompareTo(request.PageToken) > 0)
            .OrderBy(s => s.Path)
            .Take(pageSize + 1)
            .ToListAsync(ct);

        var response = new ListSchoolsResponse
        {
            TotalCount = await query.CountAsync(ct),
            NextPageToken = page.Count > pageSize ? page[pageSize - 1].Path : "",
        };
        response.Schools.AddRange(page.Take(pageSize).Select(s => s.ToMessage()));
        return response;
    }
}
