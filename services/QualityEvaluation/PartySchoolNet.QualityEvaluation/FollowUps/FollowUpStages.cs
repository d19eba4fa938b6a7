namespace PartySchoolNet.QualityEvaluation.FollowUps;

/// <summary>武城's 跟踪问效: what each stage asks after training.</summary>
internal static class FollowUpStages
{
    public static readonly IReadOnlyList<FollowUpStage> InOrder =
        [FollowUpStage.Thinking, FollowUpStage.Performance, FollowUpStage.Competence, FollowUpStage.Results];

    public static string Label(FollowUpStage stage) => stage switch
    {
        FollowUpStage.Thinking => "一个月听思想",
        FollowUpStage.Performance => "三个月谈表现",
        FollowUpStage.Competence => "六个月考素质",
        FollowUpStage.Results => "一年内看实绩",
        _ => "",
    };

    public static string Question(FollowUpStage stage) => stage switch
    {
        FollowUpStage.Thinking => "与学员谈心谈话：训后思想认识有何提高",
        FollowUpStage.Performance => "听单位同事谈：学员训后工作表现如何",
        FollowUpStage.Competence => "请单位领导评价：学员履职素质能力有何提升",
        FollowUpStage.Results => "看工作实绩：学员训后取得了哪些实际成效",
        _ => "",
    };
}
