namespace PartySchoolNet.SiteResources.Sites;

/// <summary>A site is open on <see cref="Weekday"/> (1 = Monday … 7 = Sunday) from <see cref="Opens"/> to <see cref="Closes"/>, local time.</summary>
public sealed class OpeningWindow
{
    public int Weekday { get; init; }
    public TimeOnly Opens { get; init; }
    public TimeOnly Closes { get; init; }

    public TimeSpan Length => Closes - Opens;

    public bool Covers(int weekday, TimeOnly from, TimeOnly until) => Weekday == weekday && Opens <= from && until <= Closes;
}
