using System.Globalization;

namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>Reads a sheet's answers against its questions: each answers one of them (per session where asked so), once, in range.</summary>
internal static class FeedbackAnswers
{
    public const int MaxText = 1000;

    public static List<FeedbackAnswer> Read(
        IReadOnlyList<FeedbackQuestion> asked, IReadOnlyCollection<Guid> sessionIds, IReadOnlyList<Contracts.FeedbackAnswer> answers, FieldErrors errors)
    {
        var questions = asked.ToDictionary(q => q.Key, StringComparer.Ordinal);
        var sessions = sessionIds.ToHashSet();
        var read = new List<FeedbackAnswer>();
        for (var i = 0; i < answers.Count; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"answers[{i}]");
            if (!questions.TryGetValue(answers[i].QuestionKey, out var question))
            {
                errors.Add($"{field}.question_key", "问卷中没有这道题");
                continue;
            }
            var sessionId = Session(question, answers[i].SessionId, sessions, $"{field}.session_id", errors);
            if (read.Any(a => a.QuestionKey == question.Key && a.SessionId == sessionId))
            {
                errors.Add(field, "同一道题只能回答一次");
                continue;
            }
            read.Add(Answer(question, sessionId, answers[i], field, errors));
        }
        foreach (var question in asked.Where(q => q.Required))
        {
            var answered = read.Count(a => a.QuestionKey == question.Key);
            errors.When(answered < (question.PerSession ? sessions.Count : 1), "answers",
                question.PerSession ? $"请为每个课次回答：{question.Text}" : $"请回答：{question.Text}");
        }
        return read;
    }

    private static Guid? Session(FeedbackQuestion question, string value, HashSet<Guid> sessions, string field, FieldErrors errors)
    {
        if (!question.PerSession)
        {
            errors.When(value.Length > 0, field, "这道题不按课次回答");
            return null;
        }
        var id = Guid.TryParse(value, out var parsed) && sessions.Contains(parsed) ? parsed : (Guid?)null;
        errors.When(id is null, field, "本班没有这个课次");
        return id;
    }

    private static FeedbackAnswer Answer(FeedbackQuestion question, Guid? sessionId, Contracts.FeedbackAnswer answer, string field, FieldErrors errors)
    {
        if (question.IsRating)
        {
            var score = answer.Score;
            errors.When(double.IsNaN(score) || score < question.Bottom || score > question.Top || (question.Kind == QuestionKind.Rating5 && score != Math.Floor(score)),
                $"{field}.score", question.Kind == QuestionKind.Rating5 ? "评分须为1至5的整数" : "评分须在0至100之间");
            return new(question.Key, sessionId, score, [], "");
        }
        if (question.IsChoice)
        {
            var choices = answer.Choices.Distinct(StringComparer.Ordinal).ToList();
            errors.When(choices.Count == 0 || (question.Kind == QuestionKind.SingleChoice && choices.Count > 1), $"{field}.choices",
                question.Kind == QuestionKind.SingleChoice ? "请选择一项" : "请至少选择一项");
            errors.When(question.Kind == QuestionKind.Ranking && choices.Count < answer.Choices.Count, $"{field}.choices", "排序中每一项只能出现一次");
            errors.When(choices.Any(c => !question.Options.Contains(c)), $"{field}.choices", "所选项不在题目选项中");
            return new(question.Key, sessionId, null, choices, "");
        }
        var text = answer.Text.Trim();
        errors.When(text.Length > MaxText, $"{field}.text", $"回答不能超过{MaxText}个字符");
        return new(question.Key, sessionId, null, [], text);
    }
}
