using MiniExcelLibs.Attributes;

namespace PartySchoolNet.QualityEvaluation.Exports;

/// <summary>Questionnaire figures as people read them in Excel: a row per question, per option, with Chinese headers.</summary>
internal static class QuestionSheets
{
    public sealed record Summary([property: ExcelColumnName("项目")] string Item, [property: ExcelColumnName("数值")] string Value);

    public sealed record QuestionLine(
        [property: ExcelColumnName("分组")] string Group, [property: ExcelColumnName("题目")] string Question, [property: ExcelColumnName("题型")] string Kind,
        [property: ExcelColumnName("回答人数")] int Respondents, [property: ExcelColumnName("平均分")] double Mean);

    public sealed record OptionLine(
        [property: ExcelColumnName("分组")] string Group, [property: ExcelColumnName("题目")] string Question, [property: ExcelColumnName("选项")] string Option,
        [property: ExcelColumnName("人数")] int Count, [property: ExcelColumnName("占比%")] double Percent,
        [property: ExcelColumnName("排第一")] int First, [property: ExcelColumnName("平均名次")] double MeanRank);

    public sealed record TextLine([property: ExcelColumnName("题目")] string Question, [property: ExcelColumnName("回答")] string Text);

    public static readonly IReadOnlyDictionary<QuestionKind, string> Kinds = new Dictionary<QuestionKind, string>
    {
        [QuestionKind.Rating5] = "五级评分", [QuestionKind.Rating100] = "百分制评分", [QuestionKind.SingleChoice] = "单选",
        [QuestionKind.MultipleChoice] = "多选", [QuestionKind.FreeText] = "问答", [QuestionKind.Ranking] = "排序",
    };

    public static IEnumerable<QuestionLine> Questions(string group, IEnumerable<QuestionResult> questions) =>
        questions.Select(q => new QuestionLine(group, q.Text, Kinds.GetValueOrDefault(q.Kind, ""), q.Respondents, q.Mean));

    public static IEnumerable<OptionLine> Options(string group, IEnumerable<QuestionResult> questions) =>
        questions.SelectMany(q => q.Options.Select(o => new OptionLine(group, q.Text, o.Option, o.Count, o.Percent, o.First, o.MeanRank)));

    public static IEnumerable<TextLine> Texts(IEnumerable<QuestionResult> questions) =>
        questions.SelectMany(q => q.Texts.Select(t => new TextLine(q.Text, t)));
}
