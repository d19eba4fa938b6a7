using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Enrollment.Roster;

namespace PartySchoolNet.Enrollment.Classes;

internal static class ClassMessages
{
    /// <summary>
    /// Classes with their owners' names and their nominated and waitlisted counts, read in one query (untracked);
    /// the quota units' names take a second only when a class has quotas.
    /// </summary>
    public static IQueryable<ClassView> Views(this EnrollmentDbContext db, IQueryable<TrainingClass> classes) =>
        classes.AsNoTracking().Select(c => new ClassView
        {
            Class = c,
            OwnerName = db.Schools.Where(s => s.Id == c.OwnerSchoolId).Select(s => s.Name).FirstOrDefault(),
            Nominated = db.Participants.Count(p => p.ClassId == c.Id && p.Status == EnrollmentStatus.Nominated),
            Waitlisted = db.Participants.Count(p => p.ClassId == c.Id && p.Status == EnrollmentStatus.Waitlisted),
        });

    public static async Task<List<Contracts.TrainingClass>> ToMessagesAsync(this EnrollmentDbContext db, IReadOnlyList<ClassView> views, CancellationToken ct)
    {
        var unitNames = await db.UnitNamesAsync(views.SelectMany(v => v.Class.Quotas.Select(q => q.UnitId)), ct);
        return [.. views.Select(v => v.Class.ToMessage(v.OwnerName ?? "", unitNames, v.Nominated, v.Waitlisted))];
    }

    /// <summary>A class a command just changed, as it now stands.</summary>
    public static async Task<Contracts.TrainingClass> ToMessageAsync(this EnrollmentDbContext db, TrainingClass training, CancellationToken ct) =>
        (await db.ToMessagesAsync([await db.Views(db.Classes.Where(c => c.Id == training.Id)).FirstAsync(ct)], ct))[0];

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

internal sealed class ClassView
{
    public required TrainingClass Class { get; init; }
    public string? OwnerName { get; init; }
    public int Nominated { get; init; }
    public int Waitlisted { get; init; }
}
