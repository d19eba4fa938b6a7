using PartySchoolNet.SiteResources.Sites;

namespace PartySchoolNet.SiteResources.Seeding;

/// <summary>Typical weekly opening hours of the demo sites (local time).</summary>
internal static class DemoHours
{
    public static readonly IReadOnlyList<OpeningWindow> Office = Days(1, 5, ("08:30", "11:30"), ("14:30", "17:30"));
    public static readonly IReadOnlyList<OpeningWindow> Station = Days(1, 6, ("08:00", "12:00"), ("14:00", "18:00"));
    public static readonly IReadOnlyList<OpeningWindow> Terminal = [.. Days(1, 5, ("08:00", "12:00"), ("14:00", "18:00")), .. Days(6, 6, ("08:00", "12:00"))];
    public static readonly IReadOnlyList<OpeningWindow> Daily = Days(1, 7, ("08:00", "17:30"));

    private static List<OpeningWindow> Days(int first, int last, params (string Opens, string Closes)[] windows) =>
        [.. Enumerable.Range(first, last - first + 1).SelectMany(day => windows.Select(w =>
            new OpeningWindow { Weekday = day, Opens = TimeOnly.Parse(w.Opens, System.Globalization.CultureInfo.InvariantCulture), Closes = TimeOnly.Parse(w.Closes, System.Globalization.CultureInfo.InvariantCulture) }))];
}
