using PartySchoolNet.FacultyPool.Contracts;

namespace PartySchoolNet.FacultyPool.Instructors;

internal static class InstructorMessages
{
    /// <summary>The contact is the home school's to give: other schools reach the instructor through a lending request.</summary>
    public static Contracts.Instructor ToMessage(this Instructor instructor, string homeSchoolName, Caller caller)
    {
        var managed = caller.Manages(instructor);
        var details = new InstructorDetails
        {
            Name = instructor.Name, Kind = instructor.Kind, Title = instructor.Title, Bio = instructor.Bio, Contact = managed ? instructor.Contact : "",
            Location = instructor.Location?.ToMessage(), MonthlyLoadLimit = instructor.MonthlyLoadLimit, MaxAudience = instructor.MaxAudience,
            SharedWith = instructor.SharedWith, Retired = instructor.Retired,
        };
        details.Topics.AddRange(instructor.Topics);
        details.Tags.AddRange(instructor.Tags);
        details.Availability.AddRange(instructor.Availability.Select(w => new Contracts.AvailabilityWindow
        {
            Weekday = w.Weekday, From = TimeInput.Format(w.From), Until = TimeInput.Format(w.Until),
        }));
        details.Blackouts.AddRange(instructor.Blackouts.Select(b => new Blackout
        {
            FirstDay = b.FirstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            LastDay = b.LastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Reason = b.Reason,
        }));
        return new Contracts.Instructor
        {
            InstructorId = instructor.Id.ToString(), HomeSchoolId = instructor.HomeSchoolId.ToString(), HomeSchoolName = homeSchoolName,
            Details = details, Rating = instructor.Rating, RatingCount = instructor.RatingCount, Version = instructor.Version, ManagedByCaller = managed,
        };
    }
}
