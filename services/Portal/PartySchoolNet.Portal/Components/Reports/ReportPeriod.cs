namespace PartySchoolNet.Portal.Components.Reports;

/// <summary>What every report is filtered by: months (yyyy-MM, both inclusive) and a school of the person's scope (empty: all of it).</summary>
public sealed record ReportPeriod(string FromMonth, string ToMonth, string SchoolId)
{
    /// <summary>The export's query: the same filters as the page shows.</summary>
    public Dictionary<string, string?> Query() => new() { ["fromMonth"] = FromMonth, ["toMonth"] = ToMonth, ["schoolId"] = SchoolId };
}
