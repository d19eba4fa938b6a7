using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.Reporting.Tests;

/// <summary>Sites and bookings as SiteResources publishes them, in a year no other test uses.</summary>
public sealed class SiteStories(int year)
{
    public static readonly OpenWindow[] Weekdays = [.. Enumerable.Range(1, 5).Select(d => new OpenWindow(d, new TimeOnly(8, 0), new TimeOnly(17, 0)))];
    public static readonly OpenWindow[] Weekends = [new(6, new TimeOnly(8, 0), new TimeOnly(12, 0)), new(7, new TimeOnly(14, 0), new TimeOnly(17, 30))];

    private readonly Random _random = new(year);

    public static SiteSnapshot Site(string ownerPath, string name, SiteKind kind, OpenWindow[] hours, bool retired = false) => new()
    {
        SiteId = Guid.NewGuid(), OwnerSchoolId = Guid.NewGuid(), OwnerSchoolPath = ownerPath, Name = name, Kind = kind, Capacity = 80, Latitude = 32.6,
        Longitude = 115.6, Themes = ["理论宣讲"], BookableBy = SharingScope.County, Retired = retired, Version = 1, OpeningHours = hours,
    };

    /// <summary>A booking of the site within one of its opening windows, some day of the month.</summary>
    public BookingSnapshot Booking(SiteSnapshot site, int month)
    {
        while (true)
        {
            var day = new DateOnly(year, month, _random.Next(1, 29));
            var weekday = day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;
            if (site.OpeningHours!.FirstOrDefault(w => w.Weekday == weekday) is { } window)
            {
                var start = new DateTimeOffset(day.ToDateTime(window.Opens), TimeSpan.FromHours(8));
                return new BookingSnapshot
                {
                    BookingId = Guid.NewGuid(), SiteId = site.SiteId, OwnerSchoolPath = site.OwnerSchoolPath, RequestingSchoolId = Guid.NewGuid(),
                    RequestingSchoolPath = site.OwnerSchoolPath, StartsAt = start, EndsAt = start.AddHours(_random.Next(1, 4) * 0.75),
                    AudienceSize = _random.Next(10, 80), Purpose = BookingPurpose.Class, ReferenceId = "",
                };
            }
        }
    }

    /// <summary>The hours the site is open in the month, counted day by day.</summary>
    public double OpenHours(SiteSnapshot site, int month)
    {
        var hours = 0.0;
        for (var day = new DateOnly(year, month, 1); day.Month == month; day = day.AddDays(1))
        {
            var weekday = day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;
            hours += site.OpeningHours!.Where(w => w.Weekday == weekday).Sum(w => (w.Closes - w.Opens).TotalHours);
        }
        return hours;
    }
}
