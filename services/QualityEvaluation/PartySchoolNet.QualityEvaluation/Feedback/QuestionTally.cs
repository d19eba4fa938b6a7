namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>
/// One question's figures from its answers (each with the sheet it came from): respondents, a rating's mean, each option's
/// count and share (for a ranking also how often it came first and its mean place), and free text where it may be shown.
/// </summary>
internal static class QuestionTally
{
    public static QuestionResult Of(FeedbackQuestion question, IReadOnlyList<(Guid Sheet, FeedbackAnswer Answer)> answers, bool withTexts)
    {
        var result = new QuestionResult
        {
            QuestionKey = question.Key, Text = question.Text, Kind = question.Kind, PerSession = question.PerSession,
            Respondents = answers.Where(a => a.Answer.Text.Length > 0 || a.Answer.Score is not null || a.Answer.Choices.Count > 0).Select(a => a.Sheet).Distinct().Count(),
        };
        var scores = answers.Where(a => a.Answer.Score is not null).Select(a => a.Answer.Score!.Value).ToList();
        result.Mean = scores.Count == 0 ? 0 : Math.Round(scores.Average(), 2);
        result.Options.Add(question.Options.Select(option =>
        {
            var places = answers.Select(a => a.Answer.Choices.ToList().IndexOf(option)).Where(i => i >= 0).ToList();
            return new OptionCount
            {
                Option = option, Count = places.Count, Percent = result.Respondents == 0 ? 0 : Math.Round(100.0 * places.Count / result.Respondents, 1),
                First = question.Kind == QuestionKind.Ranking ? places.Count(p => p == 0) : 0,
                MeanRank = question.Kind == QuestionKind.Ranking && places.Count > 0 ? Math.Round(places.Average() + 1, 2) : 0,
            };
        }));
        if (withTexts)
        {
            result.Texts.Add(answers.Select(a => a.Answer.Text).Where(t => t.Length > 0));
        }
        return result;
    }
}
