using System.Security.Cryptography;

namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>
/// A one-time feedback code (反馈码) of a class, handed to a trainee on paper or screen: whoever holds it answers once,
/// without an account. It names no one, so no answer can be traced to a person.
/// </summary>
public sealed class FeedbackTicket
{
    // No 0/O, 1/I/L: read off paper without doubt.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 8;

    public string Code { get; private set; } = "";
    public Guid ClassId { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public static FeedbackTicket For(Guid classId) => new() { Code = RandomNumberGenerator.GetString(Alphabet, Length), ClassId = classId };

    /// <summary>The code as stored, from what a person typed: case, spaces and dashes do not matter.</summary>
    public static string Normalize(string typed) =>
        new([.. typed.ToUpperInvariant().Where(c => c is not (' ' or '-'))]);

    public static bool IsWellFormed(string code) => code.Length == Length && code.All(Alphabet.Contains);

    /// <summary>As printed: two groups of four.</summary>
    public static string Printed(string code) => $"{code[..4]}-{code[4..]}";
}

/// <summary>One trainee's answers, stored without the code that carried them.</summary>
public sealed class FeedbackResponse
{
    public Guid Id { get; private set; }
    public Guid ClassId { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public List<FeedbackAnswer> Answers { get; private set; } = [];
}
