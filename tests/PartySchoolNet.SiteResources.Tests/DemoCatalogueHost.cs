namespace PartySchoolNet.SiteResources.Tests;

/// <summary>The host with the demo catalogue (1,000+ sites and their sessions) built from the tree, for tests that search it.</summary>
public sealed class DemoCatalogueHost() : SiteResourcesHost(seedDemoCatalogue: true)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await UntilEverySchoolHandledByAsync("DemoCatalogueConsumer", TimeSpan.FromSeconds(120));
    }
}
