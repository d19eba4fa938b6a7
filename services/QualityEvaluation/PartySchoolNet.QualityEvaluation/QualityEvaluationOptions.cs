namespace PartySchoolNet.QualityEvaluation;

/// <summary>The <c>QualityEvaluation</c> configuration section.</summary>
public sealed class QualityEvaluationOptions
{
    /// <summary>
    /// The largest evidence file accepted (2 MiB by default); gRPC messages are allowed 1 MiB more. Through the gateway,
    /// JSON carries a file in base64 (4/3 its size), so the default stays under the gateway's 4 MiB request limit.
    /// </summary>
    public int MaxEvidenceBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>How long after a class completes its trainees may answer its feedback; then it closes and rates its instructors.</summary>
    public TimeSpan FeedbackWindow { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Fewer answers than this about a session or an instructor are not shown (nor published): they would identify people.</summary>
    public int MinRespondents { get; set; } = 5;

    /// <summary>How often feedback past its window is looked for and closed.</summary>
    public TimeSpan FeedbackSweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// 跟踪问效: months after a class's last day of its follow-ups (thinking, performance, competence, results), by class
    /// category (<c>Theory</c>, <c>PartySpirit</c>, <c>Capability</c>); a category not listed takes 1, 3, 6 and 12.
    /// </summary>
    public Dictionary<string, int[]> FollowUpMonths { get; set; } = [];

    public IReadOnlyList<int> FollowUpMonthsFor(PartySchoolNet.Enrollment.Contracts.ClassCategory category) =>
        FollowUpMonths.TryGetValue(category.ToString(), out var months) && months.Length > 0 ? months : [1, 3, 6, 12];
}
