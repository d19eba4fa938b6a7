using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceDefaults.Geo;

namespace PartySchoolNet.Identity.Schools;

internal static class SchoolMessages
{
    public static Contracts.School ToMessage(this School school) => new()
    {
        SchoolId = school.Id.ToString(),
        Code = school.Code,
        Name = school.Name,
        Tier = school.Tier,
        ParentId = school.ParentId?.ToString() ?? "",
        Path = school.Path,
        Region = school.Region,
        Version = school.Version,
        Location = school.Location?.ToMessage(),
    };
}
