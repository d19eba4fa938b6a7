namespace PartySchoolNet.SiteResources.Seeding;

/// <summary>The <c>SiteResources</c> settings of the demo catalogue.</summary>
public sealed class DemoCatalogueOptions
{
    /// <summary>
    /// Announce each demo site and confirmed session (SiteRegistered, SiteBooked), so that reports show the demo's use of
    /// sites. On by default; the platform's tests turn it off, as some 20,000 events would load a small machine for a minute.
    /// </summary>
    public bool AnnounceDemoCatalogue { get; set; } = true;
}
