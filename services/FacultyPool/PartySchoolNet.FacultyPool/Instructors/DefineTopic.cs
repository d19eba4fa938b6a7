using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Persistence;

namespace PartySchoolNet.FacultyPool.Instructors;

/// <summary>The city keeps the topic list: adds a topic, re-describes one, or retires it from new choices.</summary>
internal sealed class DefineTopic(FacultyPoolDbContext db, TimeProvider clock)
{
    public async Task<Contracts.Topic> HandleAsync(DefineTopicRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(Roles.NetworkAdmin, Roles.SchoolAdmin);
        if (caller.Tier != SchoolTier.City)
        {
            throw new ForbiddenException("授课专题目录由市委党校统一维护");
        }
        var name = request.Name.Trim();
        new FieldErrors()
            .When(name.Length is < 2 or > 30, "name", "专题名称长度须为2至30个字符")
            .When(request.Description.Length > 200, "description", "专题说明不能超过200个字符")
            .ThrowIfAny();

        var now = clock.GetUtcNow();
        var topic = await db.Topics.FirstOrDefaultAsync(t => t.Name == name, ct);
        if (topic is null)
        {
            topic = Instructors.Topic.Define(name, request.Description.Trim(), request.Retired, now);
            db.Topics.Add(topic);
        }
        else
        {
            topic.Change(request.Description.Trim(), request.Retired, now);
        }
        await db.SaveOrRefuseAsync(new("topic_changed_concurrently", "专题刚被他人修改，请刷新后重试"), new("topic_name_taken", "该专题刚被他人添加，请刷新后重试"), ct);
        return topic.ToMessage();
    }
}
