using PartySchoolNet.FacultyPool.Contracts;

namespace PartySchoolNet.Testing;

/// <summary>Instructors who teach a topic at any hour of any day, so a test or a benchmark may pick its slots freely.</summary>
public static class AllDayInstructors
{
    public static async Task<List<string>> RegisterAsync(
        FacultyPoolService.FacultyPoolServiceClient faculty, string homeSchoolId, string topic, string name, int count, SharingScope sharing = SharingScope.County)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var details = new InstructorDetails
            {
                Name = $"{name}{i}", Kind = InstructorKind.PartySchoolTeacher, Topics = { topic }, Title = "讲师", MonthlyLoadLimit = 60, SharedWith = sharing,
            };
            details.Availability.AddRange(Enumerable.Range(1, 7).Select(d => new AvailabilityWindow { Weekday = d, From = "00:00", Until = "23:59" }));
            ids.Add((await faculty.RegisterInstructorAsync(new RegisterInstructorRequest { HomeSchoolId = homeSchoolId, Details = details })).InstructorId);
        }
        return ids;
    }
}
