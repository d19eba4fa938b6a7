using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.QualityEvaluation.Indicators;
using PartySchoolNet.QualityEvaluation.Scoring;
using Shouldly;

namespace PartySchoolNet.QualityEvaluation.Tests;

/// <summary>The scoring rules one by one, on small trees whose right answers are worked out by hand in each test.</summary>
public sealed class ScoringRulesTests
{
    private static IndicatorNode Node(string code, decimal weight, ScoringMethod method = ScoringMethod.Unspecified,
        decimal @base = 0, decimal floor = 0, decimal cap = 0, decimal failCap = 0) => new()
    {
        Code = code, Level = code.Split('.').Length, Title = $"指标{code}", Weight = weight, Method = method,
        Base = @base, Floor = floor, Cap = cap, FailCap = failCap,
    };

    /// <summary>Two level-1 indicators: 60 = (40: range 25 + bonus/deduction 15) + (20: pass/fail 20, capping at 30); 40 = range 40 + veto.</summary>
    private static readonly List<IndicatorNode> Tree =
    [
        Node("1", 60), Node("1.1", 40), Node("1.1.1", 25, ScoringMethod.Range), Node("1.1.2", 15, ScoringMethod.BonusDeduction, @base: 10, floor: 2, cap: 15),
        Node("1.2", 20), Node("1.2.1", 20, ScoringMethod.PassFail, failCap: 30),
        Node("2", 40), Node("2.1", 40), Node("2.1.1", 40, ScoringMethod.Range), Node("2.1.2", 0, ScoringMethod.Veto),
    ];

    private static SchoolScore Score(decimal range1, decimal adjustment, decimal passFail, decimal range2, decimal veto) =>
        SchoolScore.FromValues(Tree, new Dictionary<string, decimal>
        {
            ["1.1.1"] = range1, ["1.1.2"] = adjustment, ["1.2.1"] = passFail, ["2.1.1"] = range2, ["2.1.2"] = veto,
        });

    [Fact]
    public void Weighted_total_is_the_sum_of_leaf_points_and_level_scores_add_up()
    {
        var score = Score(range1: 20, adjustment: 0, passFail: 1, range2: 33.5m, veto: 1);

        score.Total.ShouldBe(20 + 10 + 20 + 33.5m);
        score.Nodes.Single(n => n.Code == "1").Score.ShouldBe(50);
        score.Nodes.Single(n => n.Code == "1.1").Score.ShouldBe(30);
        score.Nodes.Single(n => n.Code == "2").Score.ShouldBe(33.5m);
        score.Vetoed.ShouldBeFalse();
    }

    [Theory]
    [InlineData(3, 13)]
    [InlineData(5, 15)]
    [InlineData(9, 15)]
    [InlineData(-6, 4)]
    [InlineData(-8, 2)]
    [InlineData(-20, 2)]
    public void Bonus_and_deduction_move_from_the_base_and_stop_at_floor_and_cap(double adjustment, double expected)
    {
        var rule = Tree.Single(n => n.Code == "1.1.2").Rule;

        rule.PointsFor((decimal)adjustment).ShouldBe((decimal)expected);
    }

    [Fact]
    public void Failed_pass_fail_leaf_scores_nothing_and_caps_its_level_one_indicator()
    {
        var capped = Score(range1: 25, adjustment: 5, passFail: 0, range2: 40, veto: 1);
        var notReached = Score(range1: 10, adjustment: -8, passFail: 0, range2: 40, veto: 1);

        capped.Nodes.Single(n => n.Code == "1.2.1").Score.ShouldBe(0);
        capped.Nodes.Single(n => n.Code == "1").Score.ShouldBe(30, "25 + 15 + 0 = 40 is capped at 30");
        capped.Nodes.Single(n => n.Code == "1").Capped.ShouldBeTrue();
        capped.Total.ShouldBe(70);
        notReached.Nodes.Single(n => n.Code == "1").Score.ShouldBe(12, "10 + 2 is under the cap");
        notReached.Nodes.Single(n => n.Code == "1").Capped.ShouldBeFalse();
    }

    [Fact]
    public void Failed_veto_grades_the_school_unqualified_whatever_its_total()
    {
        var score = Score(range1: 25, adjustment: 5, passFail: 1, range2: 40, veto: 0);

        score.Total.ShouldBe(100);
        score.Vetoed.ShouldBeTrue();
        Grading.Default.GradeOf(score.Total, score.Vetoed).ShouldBe(Grade.Fail);
    }

    [Theory]
    [InlineData(CombineRule.Mean, new[] { 10.0, 20.0, 24.0 }, 18)]
    [InlineData(CombineRule.Median, new[] { 24.0, 10.0, 20.0 }, 20)]
    [InlineData(CombineRule.Median, new[] { 10.0, 20.0, 21.0, 24.0 }, 20.5)]
    [InlineData(CombineRule.TrimmedMean, new[] { 2.0, 20.0, 21.0, 25.0 }, 20.5)]
    [InlineData(CombineRule.TrimmedMean, new[] { 10.0, 20.0, 24.0 }, 20)]
    [InlineData(CombineRule.TrimmedMean, new[] { 10.0, 21.0 }, 15.5)]
    public void Evaluators_scores_combine_by_the_campaigns_rule(CombineRule rule, double[] scores, double expected)
    {
        var leaf = Tree.Single(n => n.Code == "1.1.1").Rule;

        Combining.Leaf(leaf, rule, [.. scores.Select(s => (decimal)s)]).Points.ShouldBe((decimal)expected);
    }

    [Fact]
    public void Bonus_leaves_combine_their_points_after_floor_and_cap()
    {
        var leaf = Tree.Single(n => n.Code == "1.1.2").Rule;

        // +9 → 15 (capped), -20 → 2 (floored): the mean of points is 8.5, not the points of the mean adjustment (-5.5 → 4.5).
        Combining.Leaf(leaf, CombineRule.Mean, [9, -20]).Points.ShouldBe(8.5m);
    }

    [Theory]
    [InlineData(new[] { 1.0, 0.0 }, true)]
    [InlineData(new[] { 1.0, 0.0, 0.0 }, false)]
    [InlineData(new[] { 0.0, 0.0 }, false)]
    [InlineData(new[] { 1.0, 1.0, 0.0 }, true)]
    public void Pass_fail_leaves_pass_when_the_combined_vote_is_at_least_half(double[] votes, bool passed)
    {
        var leaf = Tree.Single(n => n.Code == "1.2.1").Rule;

        var outcome = Combining.Leaf(leaf, CombineRule.Mean, [.. votes.Select(v => (decimal)v)]);

        outcome.Passed.ShouldBe(passed);
        outcome.Points.ShouldBe(passed ? 20 : 0);
    }

    [Fact]
    public void Combined_leaf_is_rounded_once_half_away_from_zero_and_totals_add_the_rounded_leaves()
    {
        var range = Tree.Single(n => n.Code == "1.1.1").Rule;

        Combining.Leaf(range, CombineRule.Mean, [10, 10, 11]).Points.ShouldBe(10.33m);
        Combining.Leaf(range, CombineRule.Mean, [10.01m, 10.02m]).Points.ShouldBe(10.02m, "10.015 rounds up");
        Combining.Leaf(range, CombineRule.Mean, [10, 10, 10.01m]).Points.ShouldBe(10m, "10.00333 rounds down");

        var leaves = new Dictionary<string, LeafOutcome>
        {
            ["1.1.1"] = Combining.Leaf(range, CombineRule.Mean, [10, 10, 11]),
            ["1.1.2"] = new(10, true), ["1.2.1"] = new(20, true), ["2.1.1"] = Combining.Leaf(range, CombineRule.Mean, [10, 10, 11]), ["2.1.2"] = new(0, true),
        };
        SchoolScore.From(Tree, leaves).Total.ShouldBe(10.33m + 10 + 20 + 10.33m);
    }

    [Theory]
    [InlineData(90, false, Grade.Excellent)]
    [InlineData(89.99, false, Grade.Good)]
    [InlineData(80, false, Grade.Good)]
    [InlineData(79.99, false, Grade.Pass)]
    [InlineData(60, false, Grade.Pass)]
    [InlineData(59.99, false, Grade.Fail)]
    [InlineData(99, true, Grade.Fail)]
    public void Grades_follow_the_default_thresholds(double total, bool vetoed, Grade expected) =>
        Grading.Default.GradeOf((decimal)total, vetoed).ShouldBe(expected);

    [Fact]
    public void Grades_follow_a_campaigns_own_thresholds()
    {
        var strict = new Grading(95, 85, 70);

        strict.GradeOf(94.99m, false).ShouldBe(Grade.Good);
        strict.GradeOf(84, false).ShouldBe(Grade.Pass);
        strict.GradeOf(69.99m, false).ShouldBe(Grade.Fail);
    }

    [Fact]
    public void Ties_share_a_rank_and_vetoed_schools_rank_after_the_others()
    {
        var (a, b, c, d, e) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var ranks = Grading.Rank([(a, 88, false), (b, 92.5m, false), (c, 88, false), (d, 99, true), (e, 70, false)]);

        ranks[b].ShouldBe(1);
        ranks[a].ShouldBe(2);
        ranks[c].ShouldBe(2);
        ranks[e].ShouldBe(4);
        ranks[d].ShouldBe(5);
    }

    [Theory]
    [InlineData("1.1.1", 25.01)]
    [InlineData("1.1.1", -1)]
    [InlineData("1.1.1", 3.333)]
    [InlineData("1.2.1", 0.5)]
    [InlineData("2.1.2", 2)]
    [InlineData("1.1.2", 101)]
    public void Values_outside_a_leafs_method_are_refused(string code, double value) =>
        Tree.Single(n => n.Code == code).Rule.Refuse(value).ShouldNotBeNull();

    [Theory]
    [InlineData("1.1.1", 25)]
    [InlineData("1.1.2", -30)]
    [InlineData("1.2.1", 1)]
    [InlineData("2.1.2", 0)]
    public void Values_within_a_leafs_method_are_accepted(string code, double value) =>
        Tree.Single(n => n.Code == code).Rule.Refuse(value).ShouldBeNull();
}
