using System.Security.Cryptography;

namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>
/// A short one-time code handed out on paper or a screen (反馈码): eight letters and digits without 0/O, 1/I/L, so it is
/// read off paper without doubt; it names no one.
/// </summary>
public static class OneTimeCode
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The code as stored, from what a person typed: case, spaces and dashes do not matter.</summary>
    public static string Normalize(string typed) =>
        new([.. typed.ToUpperInvariant().Where(c => c is not (' ' or '-'))]);

    public static bool IsWellFormed(string code) => code.Length == Length && code.All(Alphabet.Contains);

    /// <summary>As printed: two groups of four.</summary>
    public static string Printed(string code) => $"{code[..4]}-{code[4..]}";

    /// <summary>The code a person typed, or a field error on <paramref name="field"/>.</summary>
    public static string Read(string typed, string field = "code")
    {
        var code = Normalize(typed);
        new FieldErrors().When(!IsWellFormed(code), field, "反馈码为8位字母和数字，例如 ABCD-EFGH").ThrowIfAny();
        return code;
    }
}
