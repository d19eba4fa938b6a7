using System.Security.Claims;
using PartySchoolNet.Identity.Contracts;

namespace PartySchoolNet.Portal;

/// <summary>
/// What the portal offers a person, from the tier and roles Identity put in their identity token. Only the menu and the
/// buttons follow it: every service still decides from the access token, so a hidden page opened by its address is refused there.
/// </summary>
internal static class Access
{
    public static string SchoolId(this ClaimsPrincipal person) => person.FindFirst(ClaimNames.SchoolId)?.Value ?? "";

    public static bool IsTownship(this ClaimsPrincipal person) => person.FindFirst(ClaimNames.SchoolTier)?.Value == nameof(SchoolTier.Township);

    /// <summary>Assigns instructors, asks to borrow them and decides on lending (county and city schools).</summary>
    public static bool Dispatches(this ClaimsPrincipal person) =>
        !person.IsTownship() && (person.IsInRole(Roles.NetworkAdmin) || person.IsInRole(Roles.SchoolAdmin) || person.IsInRole(Roles.Dispatcher));

    /// <summary>Hands out a class's feedback codes and ends its feedback (the administrators and class managers of the school holding it).</summary>
    public static bool RunsClassesOf(this ClaimsPrincipal person, string schoolId) =>
        person.SchoolId() == schoolId && (person.IsInRole(Roles.SchoolAdmin) || person.IsInRole(Roles.ClassManager));

    /// <summary>Organizes quality evaluation: creates campaigns, assigns evaluators, moves phases (the city school's administrators).</summary>
    public static bool OrganizesEvaluation(this ClaimsPrincipal person) =>
        person.FindFirst(ClaimNames.SchoolTier)?.Value == nameof(SchoolTier.City) && person.KeepsRoster();

    /// <summary>Writes its own school's self-assessment (a target school's administrators).</summary>
    public static bool SelfAssesses(this ClaimsPrincipal person, string schoolId) => person.SchoolId() == schoolId && person.IsInRole(Roles.SchoolAdmin);

    /// <summary>Imports the organisation department's roster and nominates (the school's administrators).</summary>
    public static bool KeepsRoster(this ClaimsPrincipal person) => person.IsInRole(Roles.NetworkAdmin) || person.IsInRole(Roles.SchoolAdmin);
}
