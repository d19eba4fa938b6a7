using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.Identity.Schools;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Identity.Accounts;

internal sealed class ListAccounts(IdentityDbContext db)
{
    public async Task<ListAccountsResponse> HandleAsync(ListAccountsRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(Roles.NetworkAdmin, Roles.SchoolAdmin);
        var errors = new FieldErrors();
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        errors.ThrowIfAny();

        var rows = db.Accounts.AsNoTracking().Join(db.Schools, a => a.SchoolId, s => s.Id, (a, s) => new { a, s.Path });
        if (schoolId == Guid.Empty)
        {
            rows = rows.WhereWithin(caller.ScopePath, x => x.Path);
        }
        else
        {
            await db.GetVisibleSchoolAsync(schoolId, caller, ct);
            rows = rows.Where(x => x.a.SchoolId == schoolId);
        }
        var accounts = await rows
            .OrderBy(x => x.Path).ThenBy(x => x.a.UserName)
            .Select(x => x.a)
            .ToListAsync(ct);

        var response = new ListAccountsResponse();
        response.Accounts.AddRange(accounts.Select(a => a.ToMessage()));
        return response;
    }
}
