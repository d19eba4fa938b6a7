namespace PartySchoolNet.QualityEvaluation.Feedback;

internal static class FormQuestions
{
    public static Contracts.FeedbackQuestion ToMessage(FeedbackQuestion q) => new()
    {
        Key = q.Key, Text = q.Text, Kind = q.Kind, Options = { q.Options }, PerSession = q.PerSession, Required = q.Required,
    };
}
