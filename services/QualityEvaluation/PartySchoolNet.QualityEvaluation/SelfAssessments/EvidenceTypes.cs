namespace PartySchoolNet.QualityEvaluation.SelfAssessments;

/// <summary>
/// The file types accepted as evidence, by extension, with the content type they must declare and the bytes they must
/// start with: a renamed executable is refused, not stored.
/// </summary>
internal static class EvidenceTypes
{
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    private static readonly Dictionary<string, (string ContentType, byte[] Signature)> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", Pdf),
        [".jpg"] = ("image/jpeg", Jpeg),
        [".jpeg"] = ("image/jpeg", Jpeg),
        [".png"] = ("image/png", Png),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
    };

    public const string Accepted = "PDF、JPG、PNG、DOCX、XLSX";

    /// <summary>The content type to store, or null with the errors recorded.</summary>
    public static string? Check(FieldErrors errors, string fileName, string declared, ReadOnlySpan<byte> content, int maxBytes)
    {
        errors.When(content.Length == 0, "content", "文件内容为空")
            .When(content.Length > maxBytes, "content", $"文件大小超过上限{maxBytes / (1024 * 1024)}MB");
        if (!ByExtension.TryGetValue(Path.GetExtension(fileName), out var type))
        {
            errors.Add("file_name", $"不支持的文件类型，仅接受{Accepted}");
            return null;
        }
        errors.When(declared.Length > 0 && !string.Equals(declared, type.ContentType, StringComparison.OrdinalIgnoreCase), "content_type",
                $"文件类型声明“{declared}”与扩展名不符，应为{type.ContentType}")
            .When(content.Length > 0 && !content.StartsWith(type.Signature), "content", "文件内容与扩展名不符");
        return type.ContentType;
    }
}
