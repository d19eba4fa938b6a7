using System.Text.Json.Serialization;

namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>
/// One question of a feedback questionnaire. A per-session question is asked once for every session taught (its teaching),
/// and its answers rate the session's instructor.
/// </summary>
public sealed record FeedbackQuestion(string Key, string Text, QuestionKind Kind, IReadOnlyList<string> Options, bool PerSession, bool Required)
{
    [JsonIgnore]
    public bool IsRating => Kind is QuestionKind.Rating5 or QuestionKind.Rating100;

    [JsonIgnore]
    public bool IsChoice => Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.Ranking;

    /// <summary>The highest rating: a rating on 百分制 is the score over this, times 100.</summary>
    [JsonIgnore]
    public int Top => Kind == QuestionKind.Rating5 ? 5 : 100;

    [JsonIgnore]
    public int Bottom => Kind == QuestionKind.Rating5 ? 1 : 0;

    /// <summary>The standard class questionnaire (班次教学评估表): what every completed class asks unless its school chose another.</summary>
    public static IReadOnlyList<FeedbackQuestion> Standard { get; } =
    [
        new("overall", "对本期培训的总体满意度", QuestionKind.Rating5, [], false, true),
        new("organisation", "培训组织管理（教学安排、班级管理、后勤服务）", QuestionKind.Rating5, [], false, true),
        new("content_fit", "培训内容与工作实际的针对性", QuestionKind.Rating5, [], false, true),
        new("teaching", "授课质量（观点正确、内容充实、联系实际、方法得当）", QuestionKind.Rating5, [], true, true),
        new("most_useful", "收获最大的方面", QuestionKind.MultipleChoice, ["理论素养", "党性修养", "履职能力", "实践经验", "视野拓展"], false, false),
        new("suggestions", "意见和建议", QuestionKind.FreeText, [], false, false),
    ];
}

/// <summary>A trainee's answer to one question (for a per-session question, about one session).</summary>
public sealed record FeedbackAnswer(string QuestionKey, Guid? SessionId, double? Score, IReadOnlyList<string> Choices, string Text);
