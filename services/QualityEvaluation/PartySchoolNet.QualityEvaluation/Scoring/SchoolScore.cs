using PartySchoolNet.QualityEvaluation.Indicators;

namespace PartySchoolNet.QualityEvaluation.Scoring;

/// <summary>One indicator's score in a school's result.</summary>
public sealed record NodeScore(string Code, string Title, decimal Weight, decimal Score, bool Passed, bool Capped);

/// <summary>
/// A school's total from its leaves' combined outcomes: a level-2 indicator scores the sum of its leaves; a level-1 the
/// sum of its leaves, at most the lowest fail cap of its failed pass/fail leaves; the total is the sum of level-1 scores.
/// Any failed veto leaf vetoes the school.
/// </summary>
public sealed record SchoolScore(decimal Total, bool Vetoed, IReadOnlyList<NodeScore> Nodes)
{
    public static SchoolScore From(IReadOnlyList<IndicatorNode> tree, IReadOnlyDictionary<string, LeafOutcome> leaves)
    {
        LeafOutcome Of(IndicatorNode leaf) => leaves.GetValueOrDefault(leaf.Code, new LeafOutcome(0, !leaf.Rule.IsPassFail));

        var leafNodes = tree.Where(n => n.IsLeaf).ToArray();
        var nodes = new List<NodeScore>(tree.Count);
        foreach (var node in tree)
        {
            if (node.IsLeaf)
            {
                var outcome = Of(node);
                nodes.Add(new NodeScore(node.Code, node.Title, node.Weight, outcome.Points, outcome.Passed, false));
                continue;
            }
            var below = leafNodes.Where(l => l.IsUnder(node.Code)).ToArray();
            var sum = below.Sum(l => Of(l).Points);
            var caps = node.Level == 1
                ? below.Where(l => l.Method == ScoringMethod.PassFail && l.FailCap > 0 && !Of(l).Passed).Select(l => l.FailCap).ToArray()
                : [];
            var capped = caps.Length > 0 && caps.Min() < sum;
            nodes.Add(new NodeScore(node.Code, node.Title, node.Weight, capped ? caps.Min() : sum, true, capped));
        }
        var total = nodes.Where(n => !n.Code.Contains('.', StringComparison.Ordinal)).Sum(n => n.Score);
        var vetoed = leafNodes.Any(l => l.Method == ScoringMethod.Veto && !Of(l).Passed);
        return new SchoolScore(total, vetoed, nodes);
    }

    /// <summary>The outcome of one set of entered values (a self-assessment, or a single evaluator's sheet); missing leaves score nothing.</summary>
    public static SchoolScore FromValues(IReadOnlyList<IndicatorNode> tree, IReadOnlyDictionary<string, decimal> values) =>
        From(tree, tree.Where(n => n.IsLeaf && values.ContainsKey(n.Code)).ToDictionary(
            n => n.Code, n => Combining.Leaf(n.Rule, CombineRule.Mean, [values[n.Code]])));
}
