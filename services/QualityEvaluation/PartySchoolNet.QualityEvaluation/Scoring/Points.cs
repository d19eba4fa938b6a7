namespace PartySchoolNet.QualityEvaluation.Scoring;

/// <summary>
/// The one rounding rule of every score: two decimals, halves away from zero (四舍五入). A leaf's combined score is rounded
/// once; indicator subtotals and totals are sums of rounded leaves, so they need no rounding of their own.
/// </summary>
public static class Points
{
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static bool HasAtMostTwoDecimals(double value) => FromWire(value) == Round(FromWire(value));

    /// <summary>A number from the wire; one that is not finite or absurdly large reads as -1, which every check refuses.</summary>
    public static decimal FromWire(double value) => double.IsFinite(value) && Math.Abs(value) < 1e9 ? (decimal)value : -1;

    public static string Format(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
