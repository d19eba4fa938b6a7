using System.Globalization;

namespace PartySchoolNet.Benchmarks;

/// <summary>A measured ratio, the raw figures it came from, and the goal it is held to (none for context rows).</summary>
internal sealed record Ratio(string Id, string Measure, double Value, string Figures, string Goal = "")
{
    public bool? Met => Goal.Length == 0 ? null
        : Goal.StartsWith('≤') ? Value <= Limit : Value >= Limit;

    private double Limit => double.Parse(Goal[1..].Trim(), CultureInfo.InvariantCulture);
}

/// <summary>Collects the ratios of a run and prints them as one Markdown table, as the README shows it.</summary>
internal static class RatioTable
{
    private static readonly List<Ratio> Rows = [];

    public static void Add(Ratio row)
    {
        Rows.Add(row);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {row.Id} {row.Measure}: {row.Value:0.00} ({row.Figures})"));
    }

    /// <summary>The slowest of several timed cases ÷ a baseline call timed in the same run, medians.</summary>
    public static void AddSlowest(string id, string measure, IEnumerable<Timing> cases, Timing baseline)
    {
        var slowest = cases.MaxBy(t => t.MedianMs)!;
        Add(new(id, measure, slowest.MedianMs / baseline.MedianMs,
            string.Create(CultureInfo.InvariantCulture, $"{slowest.Name}: {slowest.MedianMs:0.00} vs {baseline.MedianMs:0.00} ms")));
    }

    public static void Print()
    {
        if (Rows.Count == 0)
        {
            return;
        }
        Console.WriteLine();
        Console.WriteLine("| # | measure | ratio | goal | met | raw figures |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var row in Rows)
        {
            var met = row.Met switch { true => "yes", false => "**no**", null => "" };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Id} | {row.Measure} | {row.Value:0.00} | {row.Goal} | {met} | {row.Figures} |"));
        }
    }
}
