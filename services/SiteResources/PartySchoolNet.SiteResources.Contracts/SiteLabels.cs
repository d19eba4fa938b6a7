namespace PartySchoolNet.SiteResources.Contracts;

/// <summary>The Chinese names of site values, as the schools call them: one list for the service and every reader.</summary>
public static class SiteLabels
{
    public static readonly IReadOnlyDictionary<SiteKind, string> Kinds = new Dictionary<SiteKind, string>
    {
        [SiteKind.Classroom] = "教室",
        [SiteKind.TeachingPoint] = "现场教学点",
        [SiteKind.RedEducationBase] = "红色教育基地",
        [SiteKind.FieldClassroom] = "田园课堂",
        [SiteKind.PracticeStation] = "新时代文明实践所（站）",
        [SiteKind.CultureStation] = "文化站",
        [SiteKind.RemoteTerminal] = "远程教育终端站点",
        [SiteKind.TrainingBase] = "域内培训基地",
        [SiteKind.OutOfRegionBase] = "域外培训基地",
    };
}
