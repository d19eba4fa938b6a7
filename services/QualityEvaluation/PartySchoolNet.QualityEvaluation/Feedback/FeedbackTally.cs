namespace PartySchoolNet.QualityEvaluation.Feedback;

/// <summary>A session's or an instructor's teaching: how many answered, and the mean on 百分制; withheld under the minimum.</summary>
internal sealed record TeachingScore(int Respondents, double Score, bool Withheld);

/// <summary>
/// A class's feedback summed from its responses: each question's figures, and the teaching rating (the first per-session
/// rating question) per session and per instructor, on 百分制. Figures from fewer than the minimum respondents are withheld,
/// so no one's answer can be told from the others'.
/// </summary>
internal sealed class FeedbackTally(FeedbackForm form, IReadOnlyList<FeedbackResponse> responses, int minRespondents)
{
    private FeedbackQuestion? Teaching => form.Questions.FirstOrDefault(q => q.PerSession && q.IsRating);

    public int Responses => responses.Count;

    public double ResponseRate => form.Tickets == 0 ? 0 : Math.Round(100.0 * responses.Count / form.Tickets, 1);

    /// <summary>The answers to a question, each with the response it belongs to.</summary>
    public IEnumerable<(Guid Response, FeedbackAnswer Answer)> AnswersTo(string questionKey) =>
        responses.SelectMany(r => r.Answers.Where(a => a.QuestionKey == questionKey).Select(a => (r.Id, a)));

    public TeachingScore Session(Guid sessionId) => Score(s => s == sessionId);

    public TeachingScore Instructor(IEnumerable<Guid> sessions)
    {
        var taught = sessions.ToHashSet();
        return Score(taught.Contains);
    }

    private TeachingScore Score(Func<Guid, bool> sessions)
    {
        if (Teaching is not { } teaching)
        {
            return new(0, 0, true);
        }
        var rated = AnswersTo(teaching.Key).Where(x => x.Answer.SessionId is { } s && sessions(s) && x.Answer.Score is not null).ToList();
        var respondents = rated.Select(x => x.Response).Distinct().Count();
        if (respondents < minRespondents)
        {
            return new(respondents, 0, true);
        }
        return new(respondents, Math.Round(rated.Average(x => x.Answer.Score!.Value) * 100 / teaching.Top, 2), false);
    }
}
