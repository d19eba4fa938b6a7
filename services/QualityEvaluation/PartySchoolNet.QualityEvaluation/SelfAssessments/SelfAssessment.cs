namespace PartySchoolNet.QualityEvaluation.SelfAssessments;

/// <summary>A target school's self-assessment (自评) in one campaign: its claims per leaf, editable until submitted.</summary>
public sealed class SelfAssessment
{
    private SelfAssessment()
    {
    }

    public Guid CampaignId { get; private set; }
    public Guid SchoolId { get; private set; }
    public List<ClaimedEntry> Entries { get; private set; } = [];
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string SubmittedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool Submitted => SubmittedAt is not null;

    public static SelfAssessment Start(Guid campaignId, Guid schoolId, DateTimeOffset now) =>
        new() { CampaignId = campaignId, SchoolId = schoolId, UpdatedAt = now };

    public void Save(IEnumerable<ClaimedEntry> entries, DateTimeOffset now)
    {
        EnsureOpen();
        var byCode = Entries.ToDictionary(e => e.IndicatorCode);
        foreach (var entry in entries)
        {
            byCode[entry.IndicatorCode] = entry;
        }
        Entries = [.. byCode.Values.OrderBy(e => e.IndicatorCode, StringComparer.Ordinal)];
        UpdatedAt = now;
    }

    public void Submit(Caller caller, DateTimeOffset now)
    {
        EnsureOpen();
        (SubmittedAt, SubmittedBy, UpdatedAt) = (now, caller.Name, now);
    }

    public void EnsureOpen()
    {
        if (Submitted)
        {
            throw new StateConflictException("self_assessment_submitted", "自评已提交，不能再修改");
        }
    }
}

/// <summary>What the school claims for one leaf: the value (by the leaf's scoring method) and why.</summary>
public sealed record ClaimedEntry(string IndicatorCode, decimal Value, string Narrative);

/// <summary>
/// A file proving a leaf, kept with its SHA-256. Accepted files are never changed or deleted; the same content for the
/// same leaf is stored once.
/// </summary>
public sealed class EvidenceFile
{
    private EvidenceFile()
    {
    }

    public Guid Id { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid SchoolId { get; private set; }
    public string IndicatorCode { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    public static EvidenceFile Accept(Guid campaignId, Guid schoolId, string code, string fileName, string contentType, byte[] content, Caller caller, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), CampaignId = campaignId, SchoolId = schoolId, IndicatorCode = code, FileName = fileName,
        ContentType = contentType, Size = content.Length, Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)),
        Content = content, UploadedBy = caller.Name, UploadedAt = now,
    };
}
