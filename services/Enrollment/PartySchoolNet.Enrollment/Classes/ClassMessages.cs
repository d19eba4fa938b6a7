using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Enrollment.Roster;

namespace PartySchoolNet.Enrollment.Classes;

internal static class ClassMessages
{
    /// <summary>Classes as messages, with their owners' and quota units' names and their nominated and waitlisted counts.</summary>
    public static async Task<List<Contracts.TrainingClass>> ToMessagesAsync(this EnrollmentDbContext db, IReadOnlyList<TrainingClass> classes, CancellationToken ct)
    {
        var ids = classes.Select(c => c.Id).ToList();
        var owners = classes.Select(c => c.OwnerSchoolId).Distinct().ToList();
        var ownerNames = await db.Schools.Where(s => owners.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var unitNames = await db.UnitNamesAsync(classes.SelectMany(c => c.Quotas.Select(q => q.UnitId)), ct);
        var waiting = await db.Participants.Where(p => ids.Contains(p.ClassId) && (p.Status == EnrollmentStatus.Nominated || p.Status == EnrollmentStatus.Waitlisted))
            .GroupBy(p => new { p.ClassId, p.Status }).Select(g => new { g.Key.ClassId, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        int Count(Guid classId, EnrollmentStatus status) => waiting.FirstOrDefault(w => w.ClassId == classId && w.Status == status)?.Count ?? 0;
        return [.. classes.Select(c => c.ToMessage(ownerNames.GetValueOrDefault(c.OwnerSchoolId, ""), unitNames,
            Count(c.Id, EnrollmentStatus.Nominated), Count(c.Id, EnrollmentStatus.Waitlisted)))];
    }

    public static async Task<Contracts.TrainingClass> ToMessageAsync(this EnrollmentDbContext db, TrainingClass training, CancellationToken ct) =>
        (await db.ToMessagesAsync([training], ct))[0];

    private static Contracts.TrainingClass ToMessage(this TrainingClass c, string ownerName, Dictionary<Guid, string> unitNames, int nominated, int waitlisted)
    {
        var criteria = new TargetCriteria
        {
            MinYearsOfService = c.Criteria.MinYearsOfService, MaxYearsOfService = c.Criteria.MaxYearsOfService,
            Leaders = c.Criteria.Leaders, NotTrainedWithinYears = c.Criteria.RepeatWindowYears,
        };
        criteria.PositionLevels.AddRange(c.Criteria.PositionLevels);
        var details = new ClassDetails
        {
            Title = c.Title, Description = c.Description, Category = c.Category, Mode = c.Mode, StartDate = TimeInput.Format(c.StartDate),
            EndDate = TimeInput.Format(c.EndDate), Capacity = c.Capacity, CreditHours = (double)c.CreditHours, Criteria = criteria,
        };
        details.Quotas.AddRange(c.Quotas.Select(q => new UnitQuota { UnitId = q.UnitId.ToString(), Seats = q.Seats, Confirmed = q.Confirmed, UnitName = unitNames.GetValueOrDefault(q.UnitId, "") }));
        return new Contracts.TrainingClass
        {
            ClassId = c.Id.ToString(), OwnerSchoolId = c.OwnerSchoolId.ToString(), OwnerSchoolName = ownerName, Details = details, State = c.State,
            ConfirmedCount = c.ConfirmedCount, NominatedCount = nominated, WaitlistedCount = waitlisted, Version = c.Version,
            CreatedAt = Timestamp.FromDateTimeOffset(c.CreatedAt),
        };
    }
}
