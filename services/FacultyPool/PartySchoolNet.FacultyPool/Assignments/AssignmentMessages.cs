using Google.Protobuf.WellKnownTypes;
using PartySchoolNet.FacultyPool.Contracts;

namespace PartySchoolNet.FacultyPool.Assignments;

internal static class AssignmentMessages
{
    public static Slot ToMessage(this SlotSpec slot) => new()
    {
        StartTime = Timestamp.FromDateTimeOffset(slot.StartsAt), EndTime = Timestamp.FromDateTimeOffset(slot.EndsAt),
        Place = new Place { Name = slot.PlaceName, Location = slot.PlaceLocation?.ToMessage(), SiteId = slot.SiteId?.ToString() ?? "" },
        Title = slot.Title, AudienceSize = slot.AudienceSize, ReferenceId = slot.ReferenceId,
    };

    public static Contracts.Assignment ToMessage(this Assignment a, string instructorName, Guid homeSchoolId, string requesterName) => new()
    {
        AssignmentId = a.Id.ToString(), InstructorId = a.InstructorId.ToString(), InstructorName = instructorName, HomeSchoolId = homeSchoolId.ToString(),
        RequestingSchoolId = a.RequestingSchoolId.ToString(), RequestingSchoolName = requesterName, Slot = a.Slot.ToMessage(), Status = a.Status,
        LendingRequestId = a.LendingRequestId?.ToString() ?? "", AssignedBy = a.AssignedBy, AssignedAt = Timestamp.FromDateTimeOffset(a.AssignedAt),
        ReleasedBy = a.ReleasedBy, ReleaseReason = a.ReleaseReason, Version = a.Version,
    };
}
