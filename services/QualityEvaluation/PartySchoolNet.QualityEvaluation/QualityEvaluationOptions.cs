namespace PartySchoolNet.QualityEvaluation;

/// <summary>The <c>QualityEvaluation</c> configuration section.</summary>
public sealed class QualityEvaluationOptions
{
    /// <summary>
    /// The largest evidence file accepted (2 MiB by default); gRPC messages are allowed 1 MiB more. Through the gateway,
    /// JSON carries a file in base64 (4/3 its size), so the default stays under the gateway's 4 MiB request limit.
    /// </summary>
    public int MaxEvidenceBytes { get; set; } = 2 * 1024 * 1024;
}
