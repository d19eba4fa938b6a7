using Microsoft.EntityFrameworkCore;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.Reporting.Scope;

internal static class ReportScope
{
    /// <summary>The path a report covers: the named school (which must lie in the caller's scope) and below, else the caller's whole scope.</summary>
    public static async Task<string> ReportPathAsync(this DbContext db, Guid schoolId, Caller caller, CancellationToken ct) =>
        schoolId == Guid.Empty ? caller.ScopePath : (await db.GetSchoolInScopeAsync(schoolId, caller, ct)).Path;
}
