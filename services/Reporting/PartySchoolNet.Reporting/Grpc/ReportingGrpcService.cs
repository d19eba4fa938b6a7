using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Coverage;
using PartySchoolNet.Reporting.Evaluation;
using PartySchoolNet.Reporting.InstructorUse;
using PartySchoolNet.Reporting.Outreach;
using PartySchoolNet.Reporting.Overview;
using PartySchoolNet.Reporting.Rebuild;
using PartySchoolNet.Reporting.SiteUse;
using PartySchoolNet.Reporting.TrainingVolume;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Reporting.Grpc;

internal sealed class ReportingGrpcService(
    DbContext db, GetOverview overview, GetTrainingVolume trainingVolume, GetInstructorUse instructorUse, GetCoverage coverage, GetOutreachReport outreach,
    GetSiteUse siteUse, GetEvaluationResults evaluation, RebuildReport rebuild) : ReportingService.ReportingServiceBase
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

    public override Task<Contracts.Overview> GetOverview(GetOverviewRequest request, ServerCallContext context) =>
        overview.HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.TrainingVolume> GetTrainingVolume(GetTrainingVolumeRequest request, ServerCallContext context) =>
        trainingVolume.HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.InstructorUse> GetInstructorUse(GetInstructorUseRequest request, ServerCallContext context) =>
        instructorUse.HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<OutreachReport> GetOutreachReport(GetOutreachReportRequest request, ServerCallContext context) =>
        outreach.HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<EvaluationResults> GetEvaluationResults(GetEvaluationResultsRequest request, ServerCallContext context) =>
        evaluation.HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.SiteUse> GetSiteUse(GetSiteUseRequest request, ServerCallContext context) =>
        siteUse.HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Coverage> GetCoverage(GetCoverageRequest request, ServerCallContext context) =>
        coverage.HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<RebuildReportResponse> RebuildReport(RebuildReportRequest request, ServerCallContext context) =>
        rebuild.HandleAsync(request, context.GetCaller(), context.CancellationToken);
}
