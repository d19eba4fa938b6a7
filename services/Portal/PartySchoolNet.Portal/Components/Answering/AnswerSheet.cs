using System.Globalization;
using Microsoft.Extensions.Primitives;
using PartySchoolNet.QualityEvaluation.Contracts;

namespace PartySchoolNet.Portal.Components.Answering;

/// <summary>
/// A questionnaire as a plain HTML form, for people answering with a code on their own phone: each question (once per
/// session where asked so) is an item with its own field names; the posted form reads back into the service's answers, and
/// a field error the service names by an answer's index lands beside the item it came from.
/// </summary>
public sealed class AnswerSheet(IReadOnlyList<FeedbackQuestion> questions, IReadOnlyList<FeedbackSession> sessions, IFormCollection? posted)
{
    public static readonly (int Score, string Label)[] Satisfaction = [(5, "很满意"), (4, "满意"), (3, "一般"), (2, "不满意"), (1, "很不满意")];

    private List<Item> _sent = [];

    public sealed record Item(FeedbackQuestion Question, FeedbackSession? Session, string Field);

    public IReadOnlyList<Item> Items { get; } =
        [.. questions.SelectMany(q => q.PerSession ? sessions.Select(s => new Item(q, s, $"{q.Key}@{s.SessionId}")) : [new Item(q, null, q.Key)])];

    public bool Checked(Item item, string value) => Posted(item.Field).Contains(value);

    public string Value(Item item) => Posted(item.Field).ToString();

    public string RankOf(Item item, int option) => Posted($"{item.Field}#{option}").ToString();

    /// <summary>The answers given (an item left empty is not sent: the service says which required ones are missing).</summary>
    public List<FeedbackAnswer> Answers()
    {
        var answers = new List<FeedbackAnswer>();
        _sent = [];
        foreach (var item in Items)
        {
            if (Answer(item) is { } answer)
            {
                answers.Add(answer);
                _sent.Add(item);
            }
        }
        return answers;
    }

    /// <summary>What the service said about the item's answer, or that a required item was left empty.</summary>
    public string? ProblemOf(Item item, Problem? problem)
    {
        if (problem is null)
        {
            return null;
        }
        var index = _sent.IndexOf(item);
        if (index < 0)
        {
            return item.Question.Required && problem.Fields.ContainsKey("answers") ? "此题必答" : null;
        }
        var prefix = string.Create(CultureInfo.InvariantCulture, $"answers[{index}]");
        return problem.Fields.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(f => f.Value).FirstOrDefault();
    }

    private FeedbackAnswer? Answer(Item item)
    {
        var answer = new FeedbackAnswer { QuestionKey = item.Question.Key, SessionId = item.Session?.SessionId ?? "" };
        switch (item.Question.Kind)
        {
            case QuestionKind.Rating5 or QuestionKind.Rating100:
                if (!double.TryParse(Value(item), NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
                {
                    return null;
                }
                answer.Score = score;
                break;
            case QuestionKind.SingleChoice or QuestionKind.MultipleChoice:
                answer.Choices.Add(Posted(item.Field).Where(v => !string.IsNullOrEmpty(v)).Select(v => v!));
                break;
            case QuestionKind.Ranking:
                answer.Choices.Add(item.Question.Options
                    .Select((option, i) => (option, Rank: int.TryParse(RankOf(item, i), CultureInfo.InvariantCulture, out var rank) ? rank : 0))
                    .Where(o => o.Rank > 0).OrderBy(o => o.Rank).Select(o => o.option));
                break;
            default:
                answer.Text = Value(item).Trim();
                break;
        }
        return answer.Choices.Count > 0 || answer.Text.Length > 0 || item.Question.Kind is QuestionKind.Rating5 or QuestionKind.Rating100 ? answer : null;
    }

    private StringValues Posted(string field) => posted?.TryGetValue(field, out var values) == true ? values : StringValues.Empty;
}
