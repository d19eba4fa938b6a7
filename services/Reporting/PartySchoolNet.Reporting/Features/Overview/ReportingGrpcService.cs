using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Reporting.Features.Overview;

internal sealed class ReportingGrpcService(DbContext db) : ReportingService.ReportingServiceBase
{
    public override async Task<NetworkOverview> GetNetworkOverview(GetNetworkOverviewRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var counts = await db.Set<SchoolCount>().AsNoTracking()
            .Where(c => c.ScopePath == caller.ScopePath)
            .ToDictionaryAsync(c => c.Tier, c => c.Count, context.CancellationToken);
        return new NetworkOverview
        {
            ScopePath = caller.ScopePath,
            CitySchools = counts.GetValueOrDefault(SchoolTier.City),
            CountySchools = counts.GetValueOrDefault(SchoolTier.County),
            TownshipSchools = counts.GetValueOrDefault(SchoolTier.Township),
        };
    }
}
