using System.Globalization;
using System.Text.RegularExpressions;
namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>A school's own questions (a class questionnaire, a survey) and a survey's groups, read field by field.</summary>
internal static partial class QuestionInput
{
    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex KeyPattern();

    /// <summary>Per-session questions only where <paramref name="perSession"/> (a class's teaching is rated per session; a survey has none).</summary>
    public static List<FeedbackQuestion> Questions(IReadOnlyList<Contracts.FeedbackQuestion> questions, bool perSession, FieldErrors errors)
    {
        errors.When(questions.Count is < 1 or > 50, "questions", "问卷须有1至50道题");
        var read = new List<FeedbackQuestion>();
        for (var i = 0; i < questions.Count; i++)
        {
            var (q, field) = (questions[i], string.Create(CultureInfo.InvariantCulture, $"questions[{i}]"));
            var text = q.Text.Trim();
            var options = q.Options.Select(o => o.Trim()).ToList();
            var question = new FeedbackQuestion(q.Key, text, q.Kind, options, q.PerSession, q.Required);
            errors.When(!KeyPattern().IsMatch(q.Key) || read.Any(r => r.Key == q.Key), $"{field}.key", "题目编号须为小写字母、数字或下划线，且不能重复")
                .When(text.Length is < 2 or > 200, $"{field}.text", "题目长度须为2至200个字符")
                .When(q.Kind == QuestionKind.Unspecified || !Enum.IsDefined(q.Kind), $"{field}.kind", "请选择题型")
                .When(q.PerSession && !perSession, $"{field}.per_session", "调研问卷不按课次提问")
                .When(question.IsChoice && (options.Count is < 2 or > 20 || options.Distinct().Count() < options.Count || options.Any(o => o.Length is < 1 or > 50)),
                    $"{field}.options", "选择题须有2至20个不重复的选项，每项1至50个字符")
                .When(!question.IsChoice && options.Count > 0, $"{field}.options", "只有选择题和排序题有选项");
            read.Add(question);
        }
        return read;
    }

    public static List<string> Groups(IReadOnlyList<string> groups, FieldErrors errors)
    {
        var read = groups.Select(g => g.Trim()).ToList();
        errors.When(read.Count > 20 || read.Distinct().Count() < read.Count || read.Any(g => g.Length is < 1 or > 30), "groups", "调研对象分组至多20个，不重复，每个1至30个字符");
        return read;
    }
}
