using PartySchoolNet.ServiceDefaults.Time;
using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.SiteResources.Sites;

internal static class SiteMessages
{
    public static Contracts.Site ToMessage(this Site site, string ownerSchoolName)
    {
        var message = new Contracts.Site
        {
            SiteId = site.Id.ToString(), OwnerSchoolId = site.OwnerSchoolId.ToString(), OwnerSchoolName = ownerSchoolName,
            Name = site.Name, Kind = site.Kind, Address = site.Address, Location = site.Location.ToMessage(), Capacity = site.Capacity,
            Grade = site.Grade, BookableBy = site.BookableBy, ApprovalRequired = site.ApprovalRequired, Description = site.Description,
            Version = site.Version, Retired = site.Retired,
        };
        message.Facilities.AddRange(site.Facilities);
        message.Themes.AddRange(site.Themes);
        message.OpeningHours.AddRange(site.OpeningHoursMessage());
        return message;
    }

    public static IEnumerable<Contracts.OpeningWindow> OpeningHoursMessage(this Site site) => site.OpeningHours.Select(w => new Contracts.OpeningWindow
    {
        Weekday = w.Weekday, Opens = TimeInput.Format(w.Opens), Closes = TimeInput.Format(w.Closes),
    });
}
