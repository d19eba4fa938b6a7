using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Assignments;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.Persistence;
using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.FacultyPool.Lending;

internal static class LendingQueries
{
    public static readonly Refusal ChangedConcurrently = new("lending_changed_concurrently", "该申请刚被他人处理，请刷新后查看");

    /// <summary>The home school's side and the requesting side may both see a lending request; nobody else.</summary>
    public static bool CanRead(this Caller caller, LendingRequest lending) => caller.CanSee(lending.HomePath) || caller.CanSee(lending.RequestingPath);

    public static async Task<LendingRequest> GetReadableLendingAsync(this FacultyPoolDbContext db, Guid id, Caller caller, CancellationToken ct)
    {
        var lending = await db.LendingRequests.FirstOrDefaultAsync(l => l.Id == id, ct)
            ?? throw new NotFoundException("借用申请不存在", "lending_request_not_found");
        return caller.CanRead(lending) ? lending : throw new ForbiddenException("无权查看该借用申请");
    }

    public static async Task<Contracts.LendingRequest> ToMessageAsync(this FacultyPoolDbContext db, LendingRequest lending, CancellationToken ct)
    {
        var names = await db.Schools.Where(s => s.Id == lending.HomeSchoolId || s.Id == lending.RequestingSchoolId).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var instructor = await db.Instructors.Where(i => i.Id == lending.InstructorId).Select(i => i.Name).FirstAsync(ct);
        return lending.ToMessage(instructor, names.GetValueOrDefault(lending.HomeSchoolId, ""), names.GetValueOrDefault(lending.RequestingSchoolId, ""));
    }

    public static Contracts.LendingRequest ToMessage(this LendingRequest l, string instructorName, string homeName, string requesterName) => new()
    {
        LendingRequestId = l.Id.ToString(), InstructorId = l.InstructorId.ToString(), InstructorName = instructorName,
        HomeSchoolId = l.HomeSchoolId.ToString(), HomeSchoolName = homeName, RequestingSchoolId = l.RequestingSchoolId.ToString(),
        RequestingSchoolName = requesterName, Slot = l.Slot.ToMessage(), Note = l.Note, Status = l.Status, RequestedBy = l.RequestedBy,
        RequestedAt = Timestamp.FromDateTimeOffset(l.RequestedAt), DecidedBy = l.DecidedBy, DecisionNote = l.DecisionNote,
        AssignmentId = l.AssignmentId?.ToString() ?? "", Version = l.Version,
    };
}
