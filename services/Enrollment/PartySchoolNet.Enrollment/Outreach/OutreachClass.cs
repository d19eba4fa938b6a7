using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Teaching;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>What an outreach is taught as: a class of the township (mode OUTREACH, the audience as capacity), open for attendance, with its one session.</summary>
internal static class OutreachClass
{
    public static (TrainingClass Class, ClassSession Session) Plan(SchoolReplica township, OutreachRequest request, DateTimeOffset now)
    {
        var window = request.Window!;
        var details = request.Details;
        var hours = Math.Round((decimal)(window.EndsAt - window.StartsAt).TotalHours, 1);
        var spec = new ClassSpec(details.Title, $"送教下基层｜专题：{details.Topic}｜对象：{Labels.OutreachAudiences[details.Audience]}", details.Category,
            ClassMode.Outreach, ChinaTime.Day(window.StartsAt), ChinaTime.Day(window.EndsAt), details.AudienceSize, hours, new TargetRules(), []);
        var training = TrainingClass.Create(township, spec, now);
        training.MoveTo(ClassState.Open, "", now);
        return (training, ClassSession.Plan(training.Id, details.Title, window.StartsAt, window.EndsAt, request.InstructorId, request.SiteId, request.PlaceName, now));
    }
}
