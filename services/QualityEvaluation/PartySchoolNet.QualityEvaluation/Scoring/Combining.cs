namespace PartySchoolNet.QualityEvaluation.Scoring;

/// <summary>Several evaluators' scores for one leaf become one, by the campaign's rule.</summary>
public static class Combining
{
    public static decimal Combine(CombineRule rule, IReadOnlyCollection<decimal> scores)
    {
        if (scores.Count == 0)
        {
            throw new ArgumentException("A leaf without scores cannot be combined.", nameof(scores));
        }
        var sorted = scores.Order().ToArray();
        return rule switch
        {
            CombineRule.Median => sorted.Length % 2 == 1
                ? sorted[sorted.Length / 2]
                : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2,
            CombineRule.TrimmedMean when sorted.Length >= 3 => sorted[1..^1].Average(),
            _ => sorted.Average(),
        };
    }

    /// <summary>
    /// A leaf's combined points. Scored leaves combine their points and round once. Pass/fail and veto leaves combine the
    /// votes (1 passed, 0 failed): the leaf passes when the combined vote is at least one half, so a split decision passes.
    /// </summary>
    public static LeafOutcome Leaf(LeafRule rule, CombineRule combine, IReadOnlyCollection<decimal> values)
    {
        if (rule.IsPassFail)
        {
            var passed = Combine(combine, values) >= 0.5m;
            return new LeafOutcome(passed ? rule.Weight : 0, passed);
        }
        var points = Points.Round(Combine(combine, values.Select(rule.PointsFor).ToArray()));
        return new LeafOutcome(points, true);
    }
}

public readonly record struct LeafOutcome(decimal Points, bool Passed);
