namespace PartySchoolNet.QualityEvaluation.Scoring;

/// <summary>Grade thresholds on the total: 优秀 ≥ excellent, 良好 ≥ good, 合格 ≥ pass, else 不合格; a veto is always 不合格.</summary>
public sealed record Grading(decimal Excellent, decimal Good, decimal Pass)
{
    public static readonly Grading Default = new(90, 80, 60);

    public Grade GradeOf(decimal total, bool vetoed) =>
        vetoed ? Grade.Fail
        : total >= Excellent ? Grade.Excellent
        : total >= Good ? Grade.Good
        : total >= Pass ? Grade.Pass
        : Grade.Fail;

    /// <summary>
    /// Competition ranks (1, 2, 2, 4): schools not vetoed first, each group by total, highest first; equal standing, equal rank.
    /// </summary>
    public static IReadOnlyDictionary<Guid, int> Rank(IReadOnlyCollection<(Guid School, decimal Total, bool Vetoed)> results)
    {
        var ordered = results.OrderBy(r => r.Vetoed).ThenByDescending(r => r.Total).ToArray();
        var ranks = new Dictionary<Guid, int>(ordered.Length);
        for (var i = 0; i < ordered.Length; i++)
        {
            var tied = i > 0 && ordered[i].Vetoed == ordered[i - 1].Vetoed && ordered[i].Total == ordered[i - 1].Total;
            ranks[ordered[i].School] = tied ? ranks[ordered[i - 1].School] : i + 1;
        }
        return ranks;
    }
}
