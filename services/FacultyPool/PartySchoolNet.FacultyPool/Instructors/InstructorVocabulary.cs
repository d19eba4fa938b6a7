using PartySchoolNet.FacultyPool.Contracts;
using static PartySchoolNet.ServiceDefaults.Grpc.ProtoEnums;

namespace PartySchoolNet.FacultyPool.Instructors;

/// <summary>The kinds of instructor the seeds name, and the city's topics, as callers see them.</summary>
public static class InstructorVocabulary
{
    public static Vocabulary ToMessage(IEnumerable<Topic> topics)
    {
        var vocabulary = new Vocabulary();
        vocabulary.Kinds.AddRange(InstructorLabels.Kinds.Select(k => new Term { Code = ProtoName(k.Key), Label = k.Value }));
        vocabulary.Topics.AddRange(topics.Select(t => t.ToMessage()));
        return vocabulary;
    }

    public static Contracts.Topic ToMessage(this Topic topic) => new() { Name = topic.Name, Description = topic.Description, Retired = topic.Retired };
}
