namespace PartySchoolNet.ServiceDefaults.Grpc;

/// <summary>
/// The largest request any hop takes: every service's gRPC receive limit and the gateway's body limit. A field that
/// carries a whole file (a roster, a piece of evidence) has its own limit below this, so a person meets that field's
/// Chinese error rather than a transport's refusal.
/// </summary>
public static class MessageLimits
{
    public const int MaxRequestBytes = 4 * 1024 * 1024;

    /// <summary>The limit as a person reads it.</summary>
    public static string Megabytes(long bytes) => $"{bytes / (1024 * 1024)}MB";
}
