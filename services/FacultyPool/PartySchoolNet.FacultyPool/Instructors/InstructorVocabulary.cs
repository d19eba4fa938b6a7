using PartySchoolNet.FacultyPool.Contracts;
using static PartySchoolNet.ServiceDefaults.Grpc.ProtoEnums;

namespace PartySchoolNet.FacultyPool.Instructors;

/// <summary>The kinds of instructor the seeds name, and the city's topics, as callers see them.</summary>
public static class InstructorVocabulary
{
    public static readonly IReadOnlyDictionary<InstructorKind, string> Kinds = new Dictionary<InstructorKind, string>
    {
        [InstructorKind.PartySchoolTeacher] = "党校教师",
        [InstructorKind.DepartmentHead] = "部门负责人",
        [InstructorKind.TownshipLeader] = "乡镇班子成员",
        [InstructorKind.VillageSecretary] = "村党组织书记",
        [InstructorKind.ModelWorker] = "先进模范",
        [InstructorKind.FiveElders] = "五老",
        [InstructorKind.LocalExpert] = "土专家",
        [InstructorKind.ExternalExpert] = "外聘专家",
    };

    public static Vocabulary ToMessage(IEnumerable<Topic> topics)
    {
        var vocabulary = new Vocabulary();
        vocabulary.Kinds.AddRange(Kinds.Select(k => new Term { Code = ProtoName(k.Key), Label = k.Value }));
        vocabulary.Topics.AddRange(topics.Select(t => t.ToMessage()));
        return vocabulary;
    }

    public static Contracts.Topic ToMessage(this Topic topic) => new() { Name = topic.Name, Description = topic.Description, Retired = topic.Retired };
}
