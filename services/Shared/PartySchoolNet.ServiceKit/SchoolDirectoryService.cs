using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.ServiceKit;

internal sealed class SchoolDirectoryService(DbContext db) : SchoolDirectory.SchoolDirectoryBase
{
    private const int MaxPageSize = 500;

    public override async Task<ListKnownSchoolsResponse> ListKnownSchools(ListKnownSchoolsRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var pageSize = request.PageSize is > 0 and <= MaxPageSize ? request.PageSize : MaxPageSize;
        var visible = db.Set<SchoolReplica>().AsNoTracking().WhereWithin(caller.ScopePath, s => s.Path);
        var page = await visible
            .Where(s => request.PageToken == "" || s.Path.CompareTo(request.PageToken) > 0)
            .OrderBy(s => s.Path)
            .Take(pageSize + 1)
            .ToListAsync(context.CancellationToken);

        var response = new ListKnownSchoolsResponse { TotalCount = await visible.CountAsync(context.CancellationToken) };
        response.Schools.AddRange(page.Take(pageSize).Select(s => new KnownSchool
        {
            SchoolId = s.Id.ToString(), Code = s.Code, Name = s.Name, Tier = s.Tier.ToString(), Path = s.Path, Version = s.Version,
        }));
        response.NextPageToken = page.Count > pageSize ? page[pageSize - 1].Path : "";
        return response;
    }
}
