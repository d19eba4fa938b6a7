using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.Persistence;

namespace PartySchoolNet.FacultyPool.Instructors;

internal static class InstructorSaving
{
    public static readonly Refusal ChangedConcurrently = new("instructor_changed_concurrently", "教师信息已被他人修改，请刷新后重试");

    /// <summary>Saves a new or changed instructor; a lost update or a second instructor of one name at one school is refused.</summary>
    public static Task SaveInstructorAsync(this FacultyPoolDbContext db, CancellationToken ct) =>
        db.SaveOrRefuseAsync(ChangedConcurrently, new("instructor_name_taken", "本校师资库中已有同名教师"), ct);
}
